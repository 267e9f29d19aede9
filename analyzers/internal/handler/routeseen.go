package handler

import (
	"go/ast"
	"go/types"
)

// ---- use cases in sight of a handler known as a webhook only by its mount -----
//
// A provider's notification known as a webhook only where it is mounted
// (routehook.go: Mollie posts the payment id, the handler reads the
// payment back) records for the binding package its interface calls that
// no implementation in sight explains. Its calls whose implementations
// ARE in sight (an earnings recorder of the store package it imports for
// its order type, a mailer whose implementation some imported package
// declares) were recorded nowhere: the handler's package judges only
// handlers it knows as webhooks (effectsanalyzer.go), and fieldCalls
// leaves explained calls to it. So an insert on every delivery, or a
// mail sent before the answer, through such a port went unreported.
// They are recorded like the unexplained ones when an implementation in
// sight repeats an effect or does slow work; the binding package then
// judges what main really binds to the field, with the handler's guard
// and answer as judged here (a sync no-op bound there says nothing).

// seenCalls lists h's calls of interface methods held in fields of its
// receiver, in its own body, that fieldCalls skipped because a visible
// implementation explains them, when one of those implementations repeats
// an effect or is slow.
func (fx *ifaceFx) seenCalls(h *Handler, have []fieldCall) []fieldCall {
	m := fx.m
	recv, named := handlerRecv(h)
	if recv == nil || h.Body == nil {
		return nil
	}
	listed := map[*ast.CallExpr]bool{}
	for _, fc := range have {
		listed[fc.c.Call] = true
	}
	var out []fieldCall
	for _, c := range m.ifaceCalls(h.Body) {
		if listed[c.Call] || len(fx.impls(c)) == 0 || answersBool(c.Method) || fx.a.verifies(c.Method) {
			continue
		}
		sel, _ := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
		s := recvFieldSel(m.pass.TypesInfo, sel.X, recv) // recvfield.go
		if s == nil || !fx.acts(c) {
			continue
		}
		field, _ := s.Obj().(*types.Var)
		if field == nil {
			continue
		}
		out = append(out, fieldCall{c: c, site: c.Call, field: field, recv: named, hands: m.wireHandsEvent(h, c.Call)})
	}
	return out
}

// acts: some visible implementation of c's method repeats an effect
// (its EffectFact) or does slow work (its SlowFact).
func (fx *ifaceFx) acts(c ifaceCall) bool {
	for _, fn := range fx.impls(c) {
		if f := fx.d.fact(fn); f != nil && (f.Self || f.Repeat != "") || fx.a.fact(fn) != nil {
			return true
		}
	}
	return false
}
