package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
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
	if hasWord(words(first), paymentWords...) != "" {
		return true
	}
	switch norm(s[strings.LastIndex(s, ".")+1:]) {
	case "succeeded", "paid":
		return true
	}
	return false
}
