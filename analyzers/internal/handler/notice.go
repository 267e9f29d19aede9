package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// ---- a provider's notification known by the fields it carries ----------------------
//
// Few shops decode a Midtrans or Xendit notification into the SDK's type:
// the body goes into a map[string]any or a struct of their own
// (TransactionNotificationRequest, Payload), and the handler is named for
// nothing (Receive, Handle). What the body carries still names the
// sender: a provider posts its own field names, and a set of them is as
// plain a sign as a type name. A handler that reads the request's body
// into a struct whose JSON names, or a map whose constant keys read,
// hold a provider's notification set (notices, from the SDKs' own
// types) and that acts on the payment in sight (a fulfilment or a paid
// state, directly, through a summary or an implementation here) is that
// provider's webhook, as bodyevent.go and bodyclass.go decide for a body
// decoded into an event type.
//
// Only a handler no other sign (route, name, header, verifier) makes a
// webhook is asked, so those keep being judged where they were.
//
// Precision: the set must be whole (a lone "status" or "order_id" is
// anyone's); back-office, account and person routes, GET-only routes,
// OAuth responses and a handler sending a payment (a checkout charges, a
// webhook is told) are never classified so; a handler whose route is in
// another package must be mountable from there (exported).

// notice is one provider's notification: every field of All and at
// least one of Any.
type notice struct {
	Provider string
	All, Any []string
	// Sig is the field carrying the provider's signature, if it signs
	// in the body: a handler reading it may check it in a way this
	// model cannot judge, so it is not classified here.
	Sig string
}

// notices: checked against midtrans-go v1.3.8 coreapi.TransactionStatusResponse
// (the HTTP notification's shape) and xendit-go v1.0.8 Invoice (the invoice
// callback's).
var notices = []notice{
	{Provider: "Midtrans", All: []string{"transaction_status", "order_id"},
		Any: []string{"fraud_status", "status_code", "gross_amount", "signature_key", "transaction_id"}, Sig: "signature_key"},
	{Provider: "Xendit invoice", All: []string{"external_id", "status"},
		Any: []string{"paid_amount", "paid_at", "payment_channel", "payment_method"}},
}

// noticeBody: why h is a provider's webhook by the notification its
// body decodes, or "".
func (m *Model) noticeBody(h *Handler) string {
	if h.Body == nil || m.info == nil || len(h.Routes) == 0 && !m.mountedElsewhere(h) {
		return ""
	}
	if staffOnly(h.Routes) || accountRoutes(h.Routes) || h.oauthResponse() || getOnly(h.Routes) || m.personNamed(h) ||
		m.backOfficeNames(h) || !m.readsBody(h.Body) || m.sendsPayment(h.Body) {
		return ""
	}
	if len(m.fulfilments(h.Body)) == 0 && !m.ifaceLocalEffect(h.Body) {
		return ""
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return "" // a token or signature header read: judged by the verification model
		}
	}
	names, read := m.decodedNames(h.Body)
	for _, n := range notices {
		if n.Sig != "" && read[n.Sig] {
			return "" // the signature in the body is read: maybe checked inline
		}
		if !slices.ContainsFunc(n.All, func(f string) bool { return !names[f] }) &&
			slices.ContainsFunc(n.Any, func(f string) bool { return names[f] }) {
			return "decodes a " + n.Provider + " notification (" + strings.Join(n.All, ", ") + ") and updates payment state"
		}
	}
	return ""
}

// decodedNames: the JSON names the body's decodes of the request
// yield: a struct target's fields (their json tags, else their names in
// lower case, one level of nesting), and a map target's constant keys
// read in the body; and those of them the body reads (a map's keys, the
// fields of the struct variable selected).
func (m *Model) decodedNames(body *ast.BlockStmt) (map[string]bool, map[string]bool) {
	out, read := map[string]bool{}, map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || !m.decodes(call) {
			return true
		}
		target := ast.Unparen(call.Args[len(call.Args)-1])
		if u, ok := target.(*ast.UnaryExpr); ok && u.Op == token.AND {
			target = ast.Unparen(u.X)
		}
		t := m.pass.TypesInfo.TypeOf(target)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			structNames(u, out, 0)
			m.fieldsRead(body, u, read)
		case *types.Map:
			if id, ok := target.(*ast.Ident); ok {
				if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok {
					m.mapKeys(body, v, out)
					m.mapKeys(body, v, read)
				}
			}
		}
		return true
	})
	return out, read
}

// fieldsRead adds the JSON names of st's fields the body selects.
func (m *Model) fieldsRead(body *ast.BlockStmt, st *types.Struct, read map[string]bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		f, ok := m.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
		if !ok || !f.IsField() {
			return true
		}
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) == f {
				name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
				if name == "" || name == "-" {
					name = strings.ToLower(f.Name())
				}
				read[name] = true
			}
		}
		return true
	})
}

// structNames adds st's JSON names, and those of its struct fields.
func structNames(st *types.Struct, out map[string]bool, depth int) {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "" || name == "-" {
			name = strings.ToLower(f.Name())
		}
		out[name] = true
		if depth == 0 {
			t := f.Type()
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				t = p.Elem()
			}
			if inner, ok := t.Underlying().(*types.Struct); ok {
				structNames(inner, out, depth+1)
			}
		}
	}
}

// mapKeys adds the constant keys of v read in body (v["order_id"]).
func (m *Model) mapKeys(body *ast.BlockStmt, v *types.Var, out map[string]bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok && m.pass.TypesInfo.Uses[id] == v {
			if s, ok := m.constString(ix.Index); ok {
				out[s] = true
			}
		}
		return true
	})
}
