package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- payment events known by their envelope ------------------------------------
//
// Some providers put nothing about the payment at the top of their
// notification: YooKassa posts {event: "payment.succeeded", object: {id,
// status, metadata}}, Stripe-like events {type, data: {object: {…}}}.
// Such a body is a payment event when its envelope says so: a nested
// object/data/resource struct with an id and a status, or an event/type
// field the handler compares with a payment event name
// ("payment.succeeded", "charge.succeeded", "TRANSACTION.SUCCESS").
// A repository's {action, repository}, a chat update {update_id,
// message} or a mail event {event: "delivered"} has neither.

// decodedVar is a struct type a body decodes into and the variable it
// fills (nil when the target is not a plain variable).
type decodedVar struct {
	t *types.Named
	v types.Object
}

// decodedVars returns the named struct types the body decodes data into,
// with their variables, in source order.
func (m *Model) decodedVars(body *ast.BlockStmt) []decodedVar {
	var out []decodedVar
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || !m.decoder(call) {
			return true
		}
		nt, target := m.decodedInto(call)
		if nt == nil || nt.Obj().Pkg() == nil {
			return true
		}
		if _, ok := nt.Underlying().(*types.Struct); !ok {
			return true
		}
		d := decodedVar{t: nt}
		if id, ok := target.(*ast.Ident); ok {
			d.v = m.pass.TypesInfo.ObjectOf(id)
		}
		out = append(out, d)
		return true
	})
	return out
}

// eventShaped: d's type is a payment event by its envelope.
func (m *Model) eventShaped(body *ast.BlockStmt, d decodedVar) bool {
	return nestedPayment(d.t, 0) || m.comparesEventType(body, d)
}

// envelopeFields name the member of an event envelope that holds the
// resource it is about.
var envelopeFields = map[string]bool{"object": true, "data": true, "resource": true}

// nestedPayment: struct t has an object/data/resource struct (one more
// level for data.object) with an id and a status.
func nestedPayment(t types.Type, depth int) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 1 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !envelopeField(f, st.Tag(i)) {
			continue
		}
		ft := f.Type()
		if p, ok := types.Unalias(ft).(*types.Pointer); ok {
			ft = p.Elem()
		}
		if idAndStatus(ft) || nestedPayment(ft, depth+1) {
			return true
		}
	}
	return false
}

func envelopeField(f *types.Var, tag string) bool {
	for _, n := range fieldNames(f, tag) {
		if envelopeFields[n] {
			return true
		}
	}
	return false
}

// idAndStatus: struct t has an id (or a payment reference) and a status.
func idAndStatus(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	var id, status bool
	for i := 0; i < st.NumFields(); i++ {
		for _, n := range fieldNames(st.Field(i), st.Tag(i)) {
			id = id || n == "id" || notifyRef[n]
			status = status || notifyStatus[n]
		}
	}
	return id && status
}

// eventTypeFields name an event's kind.
var eventTypeFields = map[string]bool{"event": true, "type": true, "eventtype": true, "kind": true}

// comparesEventType: the body compares the event/type field of d's
// variable with a payment event name (== or a switch case).
func (m *Model) comparesEventType(body *ast.BlockStmt, d decodedVar) bool {
	if d.v == nil {
		return false
	}
	st, _ := d.t.Underlying().(*types.Struct)
	kindField := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && m.pass.TypesInfo.ObjectOf(id) == d.v && typeFieldOf(st, sel.Sel.Name)
	}
	event := func(e ast.Expr) bool {
		s, ok := m.constString(e)
		return ok && paymentEventName(s)
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				found = found || kindField(x.X) && event(x.Y) || kindField(x.Y) && event(x.X)
			}
		case *ast.SwitchStmt:
			if x.Tag != nil && kindField(x.Tag) {
				for _, s := range x.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						found = found || event(e)
					}
				}
			}
		}
		return !found
	})
	return found
}

// typeFieldOf: the field of st named name is an event-kind field, by its
// Go name or its tag.
func typeFieldOf(st *types.Struct, name string) bool {
	if st == nil {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == name {
			for _, n := range fieldNames(f, st.Tag(i)) {
				if eventTypeFields[n] {
					return true
				}
			}
		}
	}
	return false
}

// paymentEventName: s is a dotted event name about a payment
// ("payment.succeeded", "payment_intent.canceled", "TRANSACTION.SUCCESS")
// or whose last part says it succeeded ("charge.succeeded",
// "invoice.paid"). A bare "delivered" or "completed" is not.
func paymentEventName(s string) bool {
	first, _, dotted := strings.Cut(s, ".")
	if !dotted {
		return false
	}
	if hasWord(sharedWords(first), paymentWords...) != "" {
		return true
	}
	switch norm(s[strings.LastIndex(s, ".")+1:]) {
	case "succeeded", "paid":
		return true
	}
	return false
}

// ---- anonymous payloads ------------------------------------------------------------
//
// A relay or a hand-rolled integration often decodes the notification
// into an anonymous struct (var in struct{ ID, Status string }). With no
// type name to go by, such a payload is a provider's notification when
// its fields are a payment's (a status with an id or a reference), the
// handler tests that status against a paid value and writes a paid state
// (or fulfils) under the test, and its route or name names a payment. A
// settings form, a posted cart or a staff endpoint on an order route has
// no such test, no payment fields or no payment in its route.

// anonPaidPayload returns why routed handler h is a provider's webhook
// by an anonymous payload, or "".
func (m *Model) anonPaidPayload(h *Handler) string {
	if !m.namesPayment(h) {
		return ""
	}
	why := ""
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || why != "" || len(call.Args) == 0 || !m.decoder(call) {
			return why == ""
		}
		v := m.anonTarget(call)
		if v != nil && m.paidTestWrites(h.Body, v) {
			why = "decodes the request body into a payment's fields (" + v.Name() + "), tests its status against a paid value and updates payment state"
		}
		return why == ""
	})
	return why
}

// namesPayment: a route of h or its name names a payment.
func (m *Model) namesPayment(h *Handler) bool {
	if hasWord(sharedWords(h.Name), paymentWords...) != "" {
		return true
	}
	for _, r := range h.Routes {
		if hasWord(sharedWords(r.Path), paymentWords...) != "" {
			return true
		}
	}
	return false
}

// anonTarget is the variable a decode call fills when its type is an
// anonymous struct with a payment's fields; nil otherwise.
func (m *Model) anonTarget(call *ast.CallExpr) *types.Var {
	target := ast.Unparen(call.Args[len(call.Args)-1])
	if u, ok := target.(*ast.UnaryExpr); ok && u.Op == token.AND {
		target = ast.Unparen(u.X)
	}
	id, ok := target.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := m.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil {
		return nil
	}
	st, ok := types.Unalias(v.Type()).(*types.Struct)
	if !ok || !idAndStatus(st) && !paymentFields(st, 0) {
		return nil
	}
	return v
}

// paidTestWrites: body has an if whose condition compares a status field
// of v with a paid value and whose branch fulfils or writes a paid state.
func (m *Model) paidTestWrites(body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || found {
			return !found
		}
		if m.paidFieldTest(ifs.Cond, v) && len(m.fulfilments(ifs.Body)) > 0 {
			found = true
		}
		return !found
	})
	return found
}

// paidFieldTest: cond contains v.F == "paid" (F a status field).
func (m *Model) paidFieldTest(cond ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		be, ok := n.(*ast.BinaryExpr)
		if !ok || be.Op != token.EQL || found {
			return !found
		}
		for _, pair := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
			sel, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr)
			if !ok || !notifyStatus[norm(sel.Sel.Name)] {
				continue
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && m.pass.TypesInfo.Uses[id] == v {
				if s, ok := m.constString(pair[1]); ok && payment.IsSuccessStatus(s) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
