package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a receiver field handed to a function of the handler's package ---------------
//
// fieldCalls reads the calls a handler makes through its receiver's
// interface fields in its body and in its own helper methods. Adapters
// as often share the dispatch of an event between two handlers (a signed
// route and a legacy one) in a plain function that takes the port as a
// parameter:
//
//	func (h *Notifications) Handle(w, r) { …; apply(r.Context(), h.Invoices, n) }
//	func apply(ctx context.Context, inv Settler, n notification) error {
//		switch n.Event { case "payment.succeeded": return inv.Settle(ctx, n.InvoiceID) }
//	}
//
// Inside apply the parameter is the field: its interface calls are the
// handler's field calls, judged at the call of apply (site), like a
// helper method's. Precision: the function must be declared in the
// handler's package, the call must hand it the event, and the parameter
// must never be reassigned in it (then it is some other value).

// fieldArgCalls lists the field calls h makes through functions of its
// package it hands a receiver field to.
func (m *Model) fieldArgCalls(h *Handler, recv *types.Var, named *types.Named) []fieldCall {
	var out []fieldCall
	var wires []payment.Wire
	built := false
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := m.calleeFunc(call)
		if fn == nil || fn.Pkg() != m.pass.Pkg {
			return true
		}
		sig, _ := fn.Type().(*types.Signature)
		fd := m.decls[fn]
		if sig == nil || sig.Recv() != nil || fd == nil || fd.Body == nil {
			return true
		}
		for i, a := range call.Args {
			field := m.recvIfaceField(a, recv)
			if field == nil || i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
				continue
			}
			param := sig.Params().At(i)
			if assigns(m.pass.TypesInfo, fd.Body, param) || !m.wireHandsEvent(h, call) {
				continue
			}
			for _, c := range m.ifaceCalls(fd.Body) {
				sel, _ := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
				id, ok := ast.Unparen(sel.X).(*ast.Ident)
				if !ok || m.pass.TypesInfo.Uses[id] != param {
					continue
				}
				if !m.wireUnexplained(c, &wires, &built) || answersBool(c.Method) {
					continue
				}
				hands := handsParam(m.pass.TypesInfo, c.Call, sig, param)
				out = append(out, fieldCall{c: c, site: call, field: field, recv: named, hands: hands})
			}
		}
		return true
	})
	return out
}

// recvIfaceField is the field of recv that e selects (h.Invoices), when
// it is of an interface type; nil otherwise.
func (m *Model) recvIfaceField(e ast.Expr, recv *types.Var) *types.Var {
	s := recvFieldSel(m.pass.TypesInfo, e, recv) // recvfield.go
	if s == nil {
		return nil
	}
	field, _ := s.Obj().(*types.Var)
	if field == nil || !types.IsInterface(field.Type()) {
		return nil
	}
	return field
}

// handsParam: call passes on a value of another parameter of the
// function than the port itself and a context (the event the handler
// handed in, or a field of it).
func handsParam(info *types.Info, call *ast.CallExpr, sig *types.Signature, port *types.Var) bool {
	for _, a := range call.Args {
		id := rootIdent(a)
		if id == nil {
			continue
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v == port || isContextIface(v.Type()) {
			continue
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if sig.Params().At(i) == v {
				return true
			}
		}
	}
	return false
}

// handsEventToComparer: the handler hands its decoded event whole to a
// function of its package that compares one of its fields with a payment
// event (route(ctx, h.Orders, ev) { if ev.Status == "CAPTURED" … }): the
// second sign of a webhook pendingHook asks of the body, one call down.
func (m *Model) handsEventToComparer(h *Handler, ev types.Object) bool {
	found := false
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := m.calleeFunc(call)
		if fn == nil || fn.Pkg() != m.pass.Pkg {
			return true
		}
		sig, _ := fn.Type().(*types.Signature)
		fd := m.decls[fn]
		if sig == nil || sig.Recv() != nil || sig.Variadic() || fd == nil || fd.Body == nil {
			return true
		}
		for i, a := range call.Args {
			id, ok := ast.Unparen(a).(*ast.Ident)
			if ok && i < sig.Params().Len() && m.pass.TypesInfo.Uses[id] == ev && m.comparesEventField(fd.Body, sig.Params().At(i)) {
				found = true
			}
		}
		return !found
	})
	return found
}
