package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"
)

// ---- slow calls through concrete fields of a handler known by its mount -------------
//
// A provider's notification known as a webhook only where main mounts it
// (routehook.go) records its interface calls for the mount to judge.
// Its calls through a field holding a concrete type of another package
// (h.sms.Text on an *ops.Dispatcher that POSTs to an SMS gateway) were
// not recorded: no implementation is missing, so fieldCalls skips them,
// and the handler's package cannot call it a webhook. Their SlowFact is
// already visible here, so the handler's package judges "slow before the
// answer" itself and records the call like a wired one (ByRoute, Aside,
// Before); the mount binds the field to the same concrete type and
// reports it at the binding, as for an interface call. A call after the
// answer, in a goroutine, or one whose method has no SlowFact records
// nothing; unless the decoded event is a payment's (or a wired use case
// confirms the handler), the mount judges none (Pending with Aside).

// concreteSlow lists h's calls, in its own body, of a method of a
// concrete type of another package held in a field of its receiver that
// are slow (the method's SlowFact) and made before h answers.
func (fx *ifaceFx) concreteSlow(h *Handler) []WireCall {
	recv, _ := handlerRecv(h)
	if recv == nil || h.Body == nil || h.Fn == nil {
		return nil
	}
	info := fx.pass.TypesInfo
	var out []WireCall
	seen := map[string]bool{}
	ast.Inspect(h.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			return false // handed to a goroutine or a job: no wait
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := recvFieldSel(info, sel.X, recv) // recvfield.go
		if s == nil {
			return true
		}
		field, _ := s.Obj().(*types.Var)
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		if field == nil || fn == nil || types.IsInterface(field.Type()) {
			return true
		}
		if n := namedOf(field.Type()); n == nil || n.Obj().Pkg() == nil || n.Obj().Pkg() == fx.pass.Pkg {
			return true // a type of the handler's own package is judged by its body here
		}
		if fx.a.fact(fn) == nil || fx.a.verifies(fn) || seen[field.Name()+"."+fn.Name()] {
			return true
		}
		if sl, ans := fx.a.firstBefore(h, []Slow{{Node: call, Desc: qual(fn)}}); sl != nil {
			seen[field.Name()+"."+fn.Name()] = true
			pos := fx.pass.Fset.Position(call.Pos())
			out = append(out, WireCall{Handler: fx.pass.Pkg.Name() + "." + h.Name, Field: field.Name(), Method: fn.Name(), Desc: qual(fn),
				At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line), Framework: h.Framework,
				Before: true, Answer: ans, Aside: true, ByRoute: true})
		}
		return true
	})
	return out
}

// sl12Record adds h's slow concrete-field calls to byType (its receiver's
// type, appended to order when new); a handler whose slow work was judged
// here (slow) records none. pending as for h's wired calls.
func (fx *ifaceFx) sl12Record(h *Handler, pending bool, slow map[*Handler]SlowAt, byType map[*types.Named][]WireCall, order []*types.Named) []*types.Named {
	if _, done := slow[h]; done {
		return order
	}
	_, recv := handlerRecv(h)
	pending = pending && !fx.m.paymentEvent(h)
	for _, w := range fx.concreteSlow(h) {
		w.Pending = pending
		if byType[recv] == nil {
			order = append(order, recv)
		}
		byType[recv] = append(byType[recv], w)
	}
	return order
}

// paymentEvent: the event h decodes is a payment's: its type names
// one (payoutEvent, refundEvent), or h compares a field of it with a
// payment event name or a success status. With the mount's
// webhook path, that makes h a payment provider's notification, as the
// second sign does for pendingHook; a use case need not confirm it.
func (m *Model) paymentEvent(h *Handler) bool {
	ev, evField := m.decodedEvent(h.Body)
	if ev == nil {
		return false
	}
	name := words(ev.Obj().Name())
	return hasWord(name, paymentWords...) != "" || hasWord(name, paymentEventWords...) != "" || m.comparesEventField(h.Body, evField)
}
