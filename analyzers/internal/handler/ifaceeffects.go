package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- payment effects behind interfaces -----------------------------------------
//
// Real webhooks decode the provider's event and hand it to a use case
// through an interface (delivery/http → usecase interface → repository):
//
//	h.svc.HandlePaymentSucceeded(ctx, evt.Data.Object.ID)
//
// Such a call leads to a payment effect when
//   - (a) every implementation the package can see — a type of this
//     package, or a type of a dependency whose methods carry a summary
//     fact — implements the method with that effect; or
//   - (b) no implementation is visible, the method is handed the provider
//     event (or a field of it, or a local copied from one) and its name
//     says a payment state (paid, succeeded, captured, fulfilled…); this
//     only adds to a handler already known as a payment webhook by other
//     signs (IfaceFulfilments), never classifies one.
//
// Mocks, fakes and stubs are not implementations. Calls the payment model
// already recognised by themselves (MarkPaid, FulfillOrder) are left to it.

// ifaceCall is a dynamic call of an interface method.
type ifaceCall struct {
	Call   *ast.CallExpr
	Method *types.Func
	Iface  *types.Interface
}

// ifaceCalls lists the interface-method calls in node, in source order.
func (m *Model) ifaceCalls(node ast.Node) []ifaceCall {
	var out []ifaceCall
	ast.Inspect(node, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if c, ok := m.ifaceCallOf(call); ok {
				out = append(out, c)
			}
		}
		return true
	})
	return out
}

func (m *Model) ifaceCallOf(call *ast.CallExpr) (ifaceCall, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ifaceCall{}, false
	}
	s := m.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return ifaceCall{}, false
	}
	if _, tp := types.Unalias(s.Recv()).(*types.TypeParam); tp {
		return ifaceCall{}, false // a generic constraint, not a dependency
	}
	it, ok := s.Recv().Underlying().(*types.Interface)
	fn, _ := s.Obj().(*types.Func)
	if !ok || fn == nil || it.NumMethods() == 0 {
		return ifaceCall{}, false
	}
	return ifaceCall{Call: call, Method: fn, Iface: it}, true
}

// implsIn returns the methods of pkg's named types that implement c's
// method (T or *T implements the interface), test doubles excepted
// (payment.ImplsIn: remembered, and indexed by method name).
func implsIn(pkg *types.Package, c ifaceCall) []*types.Func {
	return payment.ImplsIn(pkg, c.Method, c.Iface)
}

// ---- (a) in the handler model: implementations of this package -------------

// localIfaceEffect returns the payment op kind of c's implementations in
// this package (a fulfilment or paid-state write, directly or through the
// payment model's summaries), and one of them; 0 when there is none or
// one implementation has no such effect.
func (m *Model) localIfaceEffect(c ifaceCall) (payment.Kind, *types.Func) {
	impls := implsIn(m.pass.Pkg, c)
	if len(impls) == 0 || m.info == nil {
		return 0, nil
	}
	var kind payment.Kind
	for _, fn := range impls {
		f := m.info.Wrappers[fn]
		if f == nil || !f.Kind.Any(payment.Fulfillment|payment.StateWrite) {
			return 0, nil
		}
		kind |= f.Kind & (payment.Fulfillment | payment.StateWrite)
	}
	return kind, impls[0]
}

// ifaceLocalEffect: body calls an interface method that this package's
// implementations perform as a payment effect (bodyclass.go).
func (m *Model) ifaceLocalEffect(body ast.Node) bool {
	for _, c := range m.ifaceCalls(body) {
		if m.info.Of(c.Call) == nil {
			if k, _ := m.localIfaceEffect(c); k != 0 {
				return true
			}
		}
	}
	return false
}

// IfaceFulfilments returns, for webhook handler h, the interface calls
// that act on the payment as ops (Kind Fulfillment and/or StateWrite, at
// the call): (a) by this package's implementations, whatever h is; (b) by
// the method's name and the event it is handed, when h is already a
// payment webhook; (c) by the verb and the values handed, in a payment
// webhook or a return page (abstract.go). Calls the payment model
// recognised are not repeated.
func (m *Model) IfaceFulfilments(h *Handler) []*payment.Op {
	if m == nil || m.info == nil || h.Body == nil {
		return nil
	}
	var out []*payment.Op
	payHook := -1 // unknown until a (b) candidate needs it
	for _, c := range m.ifaceCalls(h.Body) {
		if m.info.Of(c.Call) != nil {
			continue
		}
		if k, impl := m.localIfaceEffect(c); k != 0 {
			out = append(out, &payment.Op{Call: c.Call, Kind: k, Desc: qual(c.Method) + " (" + qual(impl) + ")"})
			continue
		}
		if len(implsIn(m.pass.Pkg, c)) > 0 || !paidStateName(c.Method) || !m.handsEvent(h, c.Call) {
			continue
		}
		if payHook < 0 {
			payHook = 0
			if m.abstractHook(h) { // abstract.go
				payHook = 1
			}
		}
		if payHook == 1 {
			out = append(out, &payment.Op{Call: c.Call, Kind: payment.StateWrite | payment.Fulfillment, Desc: qual(c.Method)})
		}
	}
	// Calls judged by their verb and the values handed (abstract.go).
	at := map[*ast.CallExpr]bool{}
	for _, op := range out {
		at[op.Call] = true
	}
	for _, op := range slices.Concat(m.abstractOps(h), m.branchOps(h), m.queryBranchOps(h)) { // paidbranch.go, querybranch.go
		if !at[op.Call] {
			at[op.Call] = true
			out = append(out, op)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Call.Pos() < out[j].Call.Pos() })
	return out
}

// ---- (b) names and arguments --------------------------------------------------

// paidStateWords name a payment state a use case records.
var paidStateWords = []string{"paid", "succeeded", "success", "successful", "captured", "settled", "fulfil",
	"fulfill", "fulfilled", "fulfilment", "fulfillment", "completed", "confirmed", "approved"}

// askVerbs start the names of queries and checks, not effects.
var askVerbs = []string{"is", "has", "was", "can", "should", "get", "find", "fetch", "load", "lookup", "list",
	"count", "exists", "check", "validate", "verify", "log", "send", "notify", "email", "mail", "publish", "emit"}

// paidStateName: fn's name says it records a payment state
// (HandlePaymentSucceeded, OnOrderPaid, CompleteFulfillment), and it is no
// query, check or message (IsPaid, SendPaidReceipt), nor a predicate
// returning a bool.
func paidStateName(fn *types.Func) bool {
	ws := words(fn.Name())
	if len(ws) == 0 || hasWord(ws[:1], askVerbs...) != "" || hasWord(ws, paidStateWords...) == "" {
		return false
	}
	if hasWord(ws, mailWords...) != "" {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	for i := 0; sig != nil && i < sig.Results().Len(); i++ {
		if b, ok := sig.Results().At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
			return false
		}
	}
	return true
}

// handsEvent: an argument of call is the provider event h received, a
// field of it, or a local assigned from one.
func (m *Model) handsEvent(h *Handler, call *ast.CallExpr) bool {
	decoded := map[*types.Named]bool{}
	for _, t := range m.decodedTypes(h.Body) {
		decoded[t] = true
	}
	for _, a := range call.Args {
		if m.eventValue(h.Body, a, decoded, 0) {
			return true
		}
	}
	return false
}

// eventValue: e is rooted at a variable holding the event (evt,
// evt.Data.Object.ID, string(evt.ID), &evt), or at a local of body
// assigned from such a value.
func (m *Model) eventValue(body *ast.BlockStmt, e ast.Expr, decoded map[*types.Named]bool, depth int) bool {
	if ops := eventArith(e); ops != nil && depth <= 2 { // eventarith.go: int64(ev.Amount*100)
		return m.eventValue(body, ops[0], decoded, depth+1) || m.eventValue(body, ops[1], decoded, depth+1)
	}
	id := rootIdent(e)
	if id == nil || depth > 2 {
		return false
	}
	v, ok := m.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if m.eventVar(v, decoded) {
		return true
	}
	rhs := assignedFrom(m.pass.TypesInfo, body, v)
	return rhs != nil && m.eventValue(body, rhs, decoded, depth+1)
}

// eventVar: v's type is an event type the handler decoded, or named as a
// provider's event (not the request itself).
func (m *Model) eventVar(v *types.Var, decoded map[*types.Named]bool) bool {
	t := v.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && decoded[n] {
		return true
	}
	return eventLike(v.Type()) && !requestType(v.Type())
}

// commaOK: e is a type assertion or an index, whose comma-ok form
// hands its value first.
func commaOK(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.TypeAssertExpr, *ast.IndexExpr:
		return true
	}
	return false
}

// rootIdent is the variable an expression reads through selectors,
// indexes, type assertions, & and one-argument conversions or calls; nil
// if none.
func rootIdent(e ast.Expr) *ast.Ident {
	for i := 0; i < 8; i++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.TypeAssertExpr: // evt.Data.CustomData["clinic_id"].(string)
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		case *ast.CallExpr:
			if len(x.Args) != 1 {
				return nil
			}
			e = x.Args[0]
		default:
			return nil
		}
	}
	return nil
}

// assignedFrom is the expression v is assigned from in body (id :=
// evt.Data.Object.ID), nil if none or if v is assigned more than once.
func assignedFrom(info *types.Info, body *ast.BlockStmt, v *types.Var) ast.Expr {
	var rhs ast.Expr
	n := 0
	ast.Inspect(body, func(node ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok {
			return true
		}
		if len(as.Lhs) == 2 && len(as.Rhs) == 1 && commaOK(as.Rhs[0]) {
			// id, _ := evt.Data.CustomData["clinic_id"].(string): the value
			// asserted (or looked up) is the first.
			if id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident); ok && (info.Defs[id] == v || info.Uses[id] == v) {
				rhs, n = as.Rhs[0], n+1
			}
			return true
		}
		if len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, l := range as.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok && (info.Defs[id] == v || info.Uses[id] == v) {
				rhs, n = as.Rhs[i], n+1
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return rhs
}
