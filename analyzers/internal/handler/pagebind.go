package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a return page's own port judged at the binding (pageports.go) ------------

// rfaReturns judges, in the package building other packages' pages, each
// page's unchecked port calls (RFAPageFact): a page known as a return
// page by its own signs, or mounted on a return route by this package or
// one it depends on (RFAMountFact). The port is resolved through this
// package's constructions: the page's field at every construction of the
// page, and, for a port held by a struct of the page's package, that
// struct's field at every construction of it; the bound method must act
// on the payment (PayEffectFact, or a use case whose ports bound here do,
// payEffect) or hand over what was bought on every call (a credit or
// a fulfilment in its EffectFact) at every binding. Reported at the value given the page's
// field, once per page call.
func (fx *ifaceFx) rfaReturns() []ReturnGrant {
	pass := fx.pass
	if !pagesAround(fx) {
		return nil
	}
	mounted := fx.rfaMounts()
	for _, pf := range pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*RFAMountFact); ok {
			for i := 0; i+1 < len(f.Pages); i += 2 {
				if _, seen := mounted[f.Pages[i]]; !seen {
					mounted[f.Pages[i]] = f.Pages[i+1]
				}
			}
		}
	}
	w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}}
	pageFact := pageFacts(pass, func(f *RFAPageFact) int { return len(f.Calls) })
	order, bound, bad := w.pageBindings(func(t *types.Named) []string {
		if f := pageFact(t); f != nil {
			return headFields(f.Calls, func(c RFAPortCall) []string { return c.Path })
		}
		return nil
	}, func(x *ast.CallExpr, t *types.Named, _ *types.Signature, fields map[string]*types.Var, bind func(string, ast.Expr), badF map[string]bool) {
		w.d12Constructor(x, t, fields, bind, badF)
	})
	var out []ReturnGrant
	for _, t := range order {
		for _, c := range pageFact(t).Calls {
			route, ok := mounted[rfaKey(t, c.Page)]
			if !c.Known && !ok && !fx.linkedRoute(c) { // linkedread.go: routed on a success URL built here
				continue // no return route mounts the page
			}
			k := bindKey{t, c.Path[0]}
			if bad[k] || len(bound[k]) == 0 {
				continue
			}
			desc, ok := w.portEffect(t, c, bound[k])
			if !ok {
				continue
			}
			rc := ReturnCall{Handler: c.Handler, At: c.At, Route: c.Route, Field: strings.Join(c.Path, "."), Method: c.Method, Desc: c.Desc}
			if rc.Route == "" {
				rc.Route = route
			}
			out = append(out, ReturnGrant{Node: bound[k][0], Call: rc, Desc: desc})
		}
	}
	return out
}

func fnSig(fn *types.Func) (*types.Signature, bool) {
	if fn == nil {
		return nil, false
	}
	sig, ok := fn.Type().(*types.Signature)
	return sig, ok
}

// portEffect: every value bound to the page's field (exprs) resolves,
// through c's path, to a method acting on the payment; the first's
// description.
func (w *wiring) portEffect(t *types.Named, c RFAPortCall, exprs []ast.Expr) (string, bool) {
	return w.everyBound(t, c.Path, c.Method, exprs, func(typ types.Type) (string, bool) { return w.methodEffect(typ, c.Method) })
}

// methodEffect: typ's method, bound to a port the page calls, acts on
// the payment or hands over what was bought (payOrHandOver); its
// description. The page-field bindings and the factory arguments
// (argEffect) ask it.
func (w *wiring) methodEffect(typ types.Type, method string) (string, bool) {
	obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, method)
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return "", false
	}
	d := w.payOrHandOver(fn)
	if d == "" {
		return "", false
	}
	return "is " + qual(fn) + ": " + d, true
}

// payOrHandOver: what fn, a bound port method, does that a return page
// must not do unpaid: act on the payment (a paid state, a capture), or
// hand over what was bought (an order released or shipped, a balance or
// bought units raised, goods shipped: dedupe's summary); "" when neither.
// The page-field bindings (portEffect) and the factory arguments
// (argEffect) ask it.
func (w *wiring) payOrHandOver(fn *types.Func) string {
	if pf := w.fx.payEffect(fn); pf != nil {
		return pf.Desc
	}
	if pf := w.payEffect(fn); pf != nil {
		return pf.Desc
	}
	if r := w.handOver(fn); r != "" {
		return r // an order released, shipped, delivered (releaseport.go)
	}
	if ef := w.fx.d.fact(fn); ef != nil && (ef.Kind == Credit || ef.Kind == Fulfil) && (ef.Self || ef.Repeat != "") {
		if ef.Repeat != "" {
			return "hands over what was bought (" + ef.Repeat + ")"
		}
		return "hands over what was bought"
	}
	return ""
}
