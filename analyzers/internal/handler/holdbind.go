package handler

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page's hold judged at the binding (holdpages.go) ----------------

// h16Returns judges, in the package building other packages' return
// pages, each page's recorded hold calls (HoldFact) through this
// package's constructions of the page: the page's field at every
// construction (and, for a port held by a struct of the page's package,
// that struct's field at every construction of it) must resolve to a
// method whose StatusParamFact stores the call's constant as a payment
// hold. Reported at the value given the page's field, once per call.
func (fx *ifaceFx) h16Returns() []ReturnGrant {
	pass := fx.pass
	if !h16PagesAround(fx) {
		return nil
	}
	w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}}
	pageFact := pageFacts(pass, func(f *HoldFact) int { return len(f.Calls) })
	order, bound, bad := w.pageBindings(func(t *types.Named) []string {
		if f := pageFact(t); f != nil {
			return headFields(f.Calls, func(c HoldCall) []string { return c.Path })
		}
		return nil
	}, func(x *ast.CallExpr, t *types.Named, sig *types.Signature, fields map[string]*types.Var, bind func(string, ast.Expr), badF map[string]bool) {
		if sig.Variadic() {
			w.optionsCtor(x, t, sig, fields, pageFact(t), bind, badF)
		} else {
			w.d12Constructor(x, t, fields, bind, badF)
		}
	})
	var routes map[string]string
	if len(order) > 0 {
		routes = fx.routes()
	}
	var out []ReturnGrant
	for _, t := range order {
		for _, c := range pageFact(t).Calls {
			k := bindKey{t, c.Path[0]}
			if bad[k] || len(bound[k]) == 0 {
				continue
			}
			desc, ok := w.holdEffect(t, c, bound[k])
			if !ok {
				continue
			}
			rc := ReturnCall{Handler: c.Handler, At: c.At, Route: c.Route, Field: strings.Join(c.Path, "."),
				Method: c.Method, Desc: c.Desc, Reads: c.Reads}
			if c.Via != "" {
				rc.Desc = c.Via
			}
			if rc.Route == "" {
				rc.Route = routes[rfaKey(t, c.Page)]
			}
			out = append(out, ReturnGrant{Node: bound[k][0], Call: rc, Desc: desc})
		}
	}
	return out
}

// holdEffect: every value bound to the page's field (exprs) resolves,
// through c's path, to a method storing c's constant as a payment hold;
// the first's description.
func (w *wiring) holdEffect(t *types.Named, c HoldCall, exprs []ast.Expr) (string, bool) {
	return w.everyBound(t, c.Path, c.Method, exprs, func(typ types.Type) (string, bool) {
		obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, c.Method)
		fn, _ := obj.(*types.Func)
		f := w.fx.m.info.StatusParamOf(fn)
		if fn == nil || f == nil || f.Param >= len(c.Consts) || !payment.HoldStatusConst(f, c.Consts[f.Param]) {
			return "", false
		}
		hold := strconv.Quote(c.Consts[f.Param])
		if c.Via != "" {
			return "stores the payment hold " + hold + " through " + qual(fn) + " (authorised, not yet paid)", true
		}
		return "is " + qual(fn) + ": stores the payment hold " + hold + " (authorised, not yet paid)", true
	})
}

// h16PagesAround is a cheap filter: some dependency recorded hold calls.
func h16PagesAround(fx *ifaceFx) bool { return objectFactAround[*HoldFact](fx.pass) }

// merge adds the hold grants to gs, but for a page call gs reports already.
func merge(gs, holds []ReturnGrant) []ReturnGrant {
	seen := map[string]bool{}
	for _, g := range gs {
		seen[g.Call.Handler+"@"+g.Call.At] = true
	}
	for _, g := range holds {
		if !seen[g.Call.Handler+"@"+g.Call.At] {
			gs = append(gs, g)
		}
	}
	return gs
}

// optionsCtor binds t's fields from a call of a constructor of t's
// package taking functional options (New(store, url, opts ...Option)),
// which d12Constructor leaves unresolved: a field no function literal of
// the package sets (Fixed) comes from the one fixed parameter of its type.
func (w *wiring) optionsCtor(call *ast.CallExpr, t *types.Named, sig *types.Signature, fields map[string]*types.Var, f *HoldFact,
	bind func(string, ast.Expr), bad map[string]bool) {
	fn := w.fx.m.calleeFunc(call)
	if fn == nil || fn.Pkg() != t.Obj().Pkg() || namedOf(sig.Results().At(0).Type()) != t || call.Ellipsis.IsValid() {
		return
	}
	fixed := map[string]bool{}
	for _, c := range f.Calls {
		fixed[c.Path[0]] = c.Fixed
	}
	for field, fv := range fields {
		idx := -1
		for i := 0; i < sig.Params().Len()-1; i++ {
			if types.Identical(sig.Params().At(i).Type(), fv.Type()) {
				if idx != -1 {
					idx = -2
				} else {
					idx = i
				}
			}
		}
		if !fixed[field] || idx < 0 || idx >= len(call.Args) {
			bad[field] = true
			continue
		}
		bind(field, call.Args[idx])
	}
}

// routes: the paths this package mounts other packages' page methods
// on, keyed as rfaKey, for the finding's words.
func (fx *ifaceFx) routes() map[string]string {
	m := fx.m
	out := map[string]string{}
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		r := m.resolve(reg.handlers[len(reg.handlers)-1], 0)
		sig, _ := fnSig(r.ext)
		if r.node != nil || sig == nil || sig.Recv() == nil || namedOf(sig.Recv().Type()) == nil {
			return
		}
		if k := rfaKey(namedOf(sig.Recv().Type()), r.ext.Name()); out[k] == "" {
			out[k] = m.ctxOf(recv, 0).prefix + reg.path
		}
	})
	return out
}

// useCaseHold: fn, another package's plain use-case method a return
// page calls (returngrant.go), hands one of its ports a constant that
// every implementation this package binds to that port stores as a
// payment hold; the description, "" if none. r13Returns asks it when the
// use case has no paid effect (payEffect).
func (w *wiring) useCaseHold(fn *types.Func) string {
	f := w.wireFactOf(fn)
	sig, _ := fnSig(fn)
	if f == nil || len(f.Calls) == 0 || len(f.Binds) > 0 || sig == nil || sig.Recv() == nil || namedOf(sig.Recv().Type()) == nil {
		return ""
	}
	binds := w.bindings(namedOf(sig.Recv().Type()), f.Calls)
	for _, c := range f.Calls {
		bs := binds[c.Field]
		hold, impl := "", (*types.Func)(nil)
		for _, typ := range bs {
			obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, c.Method)
			m, _ := obj.(*types.Func)
			sf := w.fx.m.info.StatusParamOf(m)
			if m == nil || sf == nil || sf.Param >= len(c.Consts) || !payment.HoldStatusConst(sf, c.Consts[sf.Param]) {
				hold = ""
				break
			}
			if hold == "" {
				hold, impl = c.Consts[sf.Param], m
			}
		}
		if hold != "" {
			return "stores the payment hold " + strconv.Quote(hold) + " (authorised, not yet paid), through " + c.Desc + " (" + c.At + ") bound here to " + qual(impl)
		}
	}
	return ""
}
