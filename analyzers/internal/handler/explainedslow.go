package handler

import (
	"go/ast"
	"go/types"
)

// ---- a pending webhook's slow port, implemented beside it ----------------------
//
// A webhook the handler's package cannot call a payment provider's (it is
// one only if its use case acts on the payment: pending) is judged at the
// binding, where main confirms it by the use case it binds. Its calls of
// ports whose implementation sits in its own package were left out of the
// record (an implementation in sight explains them), and its own package
// judges the answer of payment webhooks only, so slow work behind such a
// port was judged nowhere:
//
//	package hooks: type Wise struct{ screener Screener; ledger Ledger }
//	               score, err := h.screener.Screen(ctx, id, amount) // before the answer
//	               func (f *FraudScorer) Screen(…) { … f.HTTP.Do(req) … }  // same package
//	package main:  hooks.NewWise(key, store.NewCorporate(db), &hooks.FraudScorer{…}, refs)
//
// Such a call is now recorded for the answer only (Aside, as w24AckOnly
// makes it: never a duplicate nor proof that the handler acts on the
// payment), when every implementation in sight is slow; the binding
// judges the implementation main actually binds, so a port bound to a
// cache reader stays silent there, and one whose implementations here
// are not all slow is not recorded.

// explainedSlowCalls are pending h's calls, through its receiver's
// fields, of interface methods every visible implementation of which is
// slow, made outside goroutines; none when h's own slow work is already
// reported.
func (fx *ifaceFx) explainedSlowCalls(h *Handler, pending bool, slow map[*Handler]SlowAt) []fieldCall {
	if _, done := slow[h]; done || !pending || fx.a == nil {
		return nil
	}
	recv, named := handlerRecv(h)
	if recv == nil || h.Body == nil {
		return nil
	}
	var out []fieldCall
	for _, c := range fx.m.ifaceCalls(h.Body) {
		sel, _ := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
		s := recvFieldSel(fx.m.pass.TypesInfo, sel.X, recv)
		if s == nil || len(fx.impls(c)) == 0 || inGoroutine(h.Body, c.Call) {
			continue
		}
		if _, ok := fx.slow(c); !ok {
			continue
		}
		field, _ := s.Obj().(*types.Var)
		out = append(out, fieldCall{c: c, site: c.Call, field: field, recv: named, hands: false})
	}
	return out
}
