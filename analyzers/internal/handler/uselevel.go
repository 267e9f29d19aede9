package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a use case that acts only through its own ports, bound in main ---------------
//
// wire_bind.go judges a webhook's wired call by the bound method's
// PayEffectFact. The commonest service layer has none of its own:
//
//	package webhooks: h.Orders.Complete(ctx, ev.Ref)                  // Orders: an interface
//	package orders:   func (s *Service) Complete(…) { … s.repo.MarkPaid(ctx, id) } // repo: an interface too
//	package pgstore:  func (s *Store) MarkPaid(…)  // UPDATE orders SET status = 'paid'
//	package main:     h := &webhooks.Payments{Orders: orders.NewService(pgstore.New(db))}
//
// orders sees no implementation of its repo, so Complete has no effect
// there; only main binds both levels. The use case's package records,
// on each exported method of its own struct type, the calls it makes of
// interface methods held in the receiver's fields (in its body and in
// the receiver's methods it calls), as a WireFact with Calls and no
// Binds: wireFactOf's other readers (binder, returned) ignore it. The
// binding package resolves the use case's fields through its own
// constructions of the type (a keyed literal, or a constructor of the
// type's package taking one parameter of the field's type) and takes the
// bound method's PayEffectFact as the use case's.
//
// Precision: one level only (the inner method's own fact, never this
// resolution again); every construction of the use case's type in the
// package must resolve each field to a concrete type whose method acts
// on the payment (an implementation that logs, a test double, an
// interface value this package cannot read keeps it silent).

// d12ExportPorts exports, for the package's exported methods that act on
// the payment only through their receiver's interface fields, the field
// calls they make.
func (fx *ifaceFx) d12ExportPorts() {
	// The model keeps no declarations of a package that is not a payment
	// one (a use case's, a store's): read them here.
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, d := range funcs.Of(fx.pass).Bodies() {
		if d.Syntax.Recv != nil {
			decls[d.Func] = d.Syntax
		}
	}
	for fn, fd := range decls {
		if !fn.Exported() || strings.HasSuffix(fx.pass.Fset.Position(fd.Pos()).Filename, "_test.go") {
			continue
		}
		if f := fx.m.info.Wrappers[fn]; f != nil && f.Kind.Any(payment.Fulfillment|payment.StateWrite) {
			continue // its own PayEffectFact says it
		}
		if calls := fx.portCalls(decls, fd, 0); len(calls) > 0 {
			fx.pass.ExportObjectFact(fn, &WireFact{Calls: calls})
		}
	}
}

// portCalls lists the calls of interface methods held in fields of
// fd's receiver, in fd and (depth 0) the receiver's methods it calls.
func (fx *ifaceFx) portCalls(decls map[*types.Func]*ast.FuncDecl, fd *ast.FuncDecl, depth int) []WireCall {
	info := fx.pass.TypesInfo
	if len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
		return nil
	}
	recv, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
	if recv == nil || namedOf(recv.Type()) == nil {
		return nil
	}
	if _, ok := namedOf(recv.Type()).Underlying().(*types.Struct); !ok {
		return nil
	}
	var out []WireCall
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		if fn == nil {
			return true
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.SelectorExpr: // s.repo.MarkPaid(…)
			s := recvFieldSel(info, x, recv) // recvfield.go
			if s == nil {
				return true
			}
			it := namedOf(s.Obj().Type())
			if it == nil || !types.IsInterface(it) || it.Obj().Pkg() == nil || libraryPath(it.Obj().Pkg().Path()) {
				return true
			}
			pos := fx.pass.Fset.Position(call.Pos())
			out = append(out, WireCall{Handler: qual(fx.pass.TypesInfo.Defs[fd.Name].(*types.Func)), Field: s.Obj().Name(), Method: fn.Name(),
				Desc: qual(fn), At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line), Consts: consts(info, call)})
		case *ast.Ident: // s.deliver(…): one level of the receiver's own methods
			if depth > 0 || info.Uses[x] != recv {
				return true
			}
			if hd := decls[fn]; hd != nil {
				out = append(out, fx.portCalls(decls, hd, depth+1)...)
			}
		}
		return true
	})
	return out
}

// payEffect is the effect of fn, another package's use-case method
// with no PayEffectFact, through the implementations this package binds
// to its receiver's fields; nil unless one of its port calls resolves,
// at every construction, to a method acting on the payment.
func (w *wiring) payEffect(fn *types.Func) *PayEffectFact {
	f := w.wireFactOf(fn)
	if f == nil || len(f.Calls) == 0 || len(f.Binds) > 0 {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	u := namedOf(sig.Recv().Type())
	if u == nil {
		return nil
	}
	binds := w.bindings(u, f.Calls)
	for _, c := range f.Calls {
		bs := binds[c.Field]
		if len(bs) == 0 {
			continue
		}
		var first *PayEffectFact
		var impl *types.Func
		for _, typ := range bs {
			obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, c.Method)
			m, _ := obj.(*types.Func)
			pf := w.fx.payEffect(m)
			if pf == nil {
				pf = w.statusEffect(m, c) // statusconst.go: a paid constant handed to a status store
			}
			if pf == nil {
				first = nil
				break
			}
			if first == nil {
				first, impl = pf, m
			}
		}
		if first != nil {
			return &PayEffectFact{Desc: first.Desc + ", through " + c.Desc + " (" + c.At + ") bound here to " + qual(impl)}
		}
	}
	return nil
}

// bindings maps each field the calls go through to the concrete types
// this package gives it at every construction of u; a field missing from
// the map is unresolved somewhere (or never constructed here).
func (w *wiring) bindings(u *types.Named, calls []WireCall) map[string][]types.Type {
	pass := w.fx.pass
	fields := map[string]*types.Var{}
	for _, c := range calls {
		if fv := structField(u, c.Field); fv != nil {
			fields[c.Field] = fv
		}
	}
	out := map[string][]types.Type{}
	bad := map[string]bool{}
	bind := func(field string, e ast.Expr) {
		typ := w.concrete(e)
		if n := namedOf(typ); typ == nil || n == nil || payment.IsTestDouble(n) {
			bad[field] = true
			return
		}
		out[field] = append(out[field], typ)
	}
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if namedOf(pass.TypesInfo.TypeOf(x)) != u {
					return true
				}
				set := litFields(u, x)
				for field := range fields {
					if e, ok := set[field]; ok {
						bind(field, e)
					} else {
						bad[field] = true
					}
				}
			case *ast.CallExpr:
				w.d12Constructor(x, u, fields, bind, bad)
			}
			return true
		})
	}
	for field := range bad {
		delete(out, field)
	}
	return out
}

// d12Constructor binds u's fields from a call of a function of u's
// package returning u: the one parameter of each field's type.
func (w *wiring) d12Constructor(call *ast.CallExpr, u *types.Named, fields map[string]*types.Var, bind func(string, ast.Expr), bad map[string]bool) {
	fn := w.fx.m.calleeFunc(call)
	if fn == nil || fn.Pkg() != u.Obj().Pkg() {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil || sig.Results().Len() == 0 || namedOf(sig.Results().At(0).Type()) != u {
		return
	}
	for field, fv := range fields {
		idx := -1
		for i := 0; i < sig.Params().Len(); i++ {
			if types.Identical(sig.Params().At(i).Type(), fv.Type()) {
				if idx != -1 {
					idx = -2
				} else {
					idx = i
				}
			}
		}
		if idx < 0 || sig.Variadic() || idx >= len(call.Args) {
			bad[field] = true
			continue
		}
		bind(field, call.Args[idx])
	}
}
