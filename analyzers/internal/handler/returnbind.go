package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page's use-case grant judged at the binding (returngrant.go) -----

// r13Returns judges, in the package building other packages' return
// pages, each page's unchecked use-case calls (ReturnGrantFact) through
// this package's constructions of the use case: reported at the value
// given the page's field, once per page call.
func (fx *ifaceFx) r13Returns() []ReturnGrant {
	pass := fx.pass
	w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}}
	pages := map[*types.TypeName]*ReturnGrantFact{}
	page := func(t types.Type) (*types.Named, *ReturnGrantFact) {
		n := namedOf(t)
		if n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg() == pass.Pkg {
			return nil, nil
		}
		f, seen := pages[n.Obj()]
		if !seen {
			f = new(ReturnGrantFact)
			if !pass.ImportObjectFact(n.Obj(), f) || len(f.Calls) == 0 {
				f = nil
			}
			pages[n.Obj()] = f
		}
		return n, f
	}
	type site struct {
		t     *types.Named
		field string
	}
	bound := map[site]ast.Expr{}
	var order []site
	bind := func(t *types.Named) func(string, ast.Expr) {
		return func(field string, e ast.Expr) {
			if _, ok := bound[site{t, field}]; !ok {
				bound[site{t, field}] = e
				order = append(order, site{t, field})
			}
		}
	}
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue // a test's wiring serves no buyer
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t, f := page(pass.TypesInfo.TypeOf(x)); f != nil {
					set := litFields(t, x)
					for _, c := range f.Calls {
						if e, ok := set[c.Field]; ok {
							bind(t)(c.Field, e)
						}
					}
				}
			case *ast.CallExpr:
				fn := fx.m.calleeFunc(x)
				if fn == nil {
					return true
				}
				sig, _ := fn.Type().(*types.Signature)
				if sig == nil || sig.Results().Len() == 0 {
					return true
				}
				if t, f := page(sig.Results().At(0).Type()); f != nil {
					fields := map[string]*types.Var{}
					for _, c := range f.Calls {
						if fv := structField(t, c.Field); fv != nil {
							fields[c.Field] = fv
						}
					}
					w.d12Constructor(x, t, fields, bind(t), map[string]bool{})
				}
			}
			return true
		})
	}
	var out []ReturnGrant
	for _, s := range order {
		for _, c := range pages[s.t.Obj()].Calls {
			if c.Field != s.field {
				continue
			}
			fv := structField(s.t, c.Field)
			if fv == nil {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(fv.Type(), true, nil, c.Method)
			fn, _ := obj.(*types.Func)
			if fn == nil || w.checksItself(fn) {
				continue
			}
			if pf := w.payEffect(fn); pf != nil {
				out = append(out, ReturnGrant{Node: bound[s], Call: c, Desc: pf.Desc})
			} else if d := w.useCaseHold(fn); d != "" { // holdbind.go: a payment hold stored
				out = append(out, ReturnGrant{Node: bound[s], Call: c, Desc: d})
			}
		}
	}
	return out
}

// checksItself: a port of fn's use case is not resolved at every
// construction here, or is bound to a payment status read (the use case
// may test its answer: its own paid check).
func (w *wiring) checksItself(fn *types.Func) bool {
	f := w.wireFactOf(fn)
	sig, _ := fn.Type().(*types.Signature)
	if f == nil || sig == nil || sig.Recv() == nil || namedOf(sig.Recv().Type()) == nil {
		return true
	}
	binds := w.bindings(namedOf(sig.Recv().Type()), f.Calls)
	for _, c := range f.Calls {
		bs := binds[c.Field]
		if len(bs) == 0 {
			return true
		}
		for _, typ := range bs {
			obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, c.Method)
			m, _ := obj.(*types.Func)
			if m == nil {
				return true
			}
			if wf := w.fx.m.info.WrapperOf(m); wf != nil && wf.Kind.Has(payment.StatusRead) {
				return true
			}
		}
	}
	return false
}
