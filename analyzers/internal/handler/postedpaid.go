package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a payment's state the posted body decides, on an open route -----------------
//
// A provider paylint has no table for posts its own shape, decoded into
// a struct named for nothing (orderNotice, conektaEvent), by a handler
// named for nothing (PayLater.Order), on a route naming no webhook
// ("/partners/paylater/orders", "/hooks/conekta"):
//
//	var n orderNotice
//	c.Bind(&n)
//	switch n.Status {
//	case "APPROVED", "CAPTURED":
//		h.bookings.MarkPaid(ctx, n.MerchantReference)
//	}
//
//	json.Unmarshal(c.Body(), &evt)
//	obj := evt.Data.Object
//	h.orders.SetStatus(ctx, obj.Metadata["order_id"], obj.PaymentStatus) // UPDATE orders SET status = $2
//
// It is a payment notification by what it does: it decodes the POST
// body and the body decides the payment's state — a paid-state write
// (a fulfilment, a call known as paid marking) runs only when a posted
// value says paid (compared with a success status or a money-collected
// event: APPROVED, "order.paid"), or the posted payment status itself
// (a field named for a payment's state, payment_status, or one the
// handler tests against a paid value) is handed to a store writing it to
// a payment's state column (payment.StatusParamFact). Whoever posts
// "paid" marks the payment paid.
//
// Precision: only where nothing else speaks for the request. The handler
// calls no verifier and reads no signature or credential header, reads
// no user of the app (Authorization, a session cookie, a user a
// middleware stored: personRequest), sends no payment and reads none
// back from the provider (a confirm endpoint: the provider's answer
// decides), and no back-office, staff, account or person word names it.
// Routed here, its routes have no middleware in front (personRequest);
// mounted from another package, its fact (UnverifiedWebhookFact.Open)
// counts only at a mount with nothing in front of it (openMount): a
// route behind any middleware, a group's or the route's own, may be a
// person's and stays silent. A status only logged, a constant stored
// ("received"), a posted status never compared and named for no payment
// (a courier's "delivered" copied onto the order) and a report whose
// paid-state write no posted value decides (a courier's cash-on-delivery
// report) are not the poster picking the payment's state: silent.

// postedPaidState returns why h is a payment notification by the state
// its posted body decides ("stores the payment status the body posts
// (…)"), or "". It classifies: verification is the rule's to judge.
func (m *Model) postedPaidState(h *Handler) string {
	posted := m.postedPaidCandidate(h)
	if posted == nil {
		return ""
	}
	sign := m.providerSign(h)
	for _, op := range m.fulfilments(h.Body) {
		if f, strong := m.postedPaidTest(h.Body, op.Call, posted); f != "" && (strong || sign) {
			return m.postedPaidWhy(op, f)
		}
	}
	return m.postedStatusStored(h, posted, sign, nil)
}

// postedPaidElsewhere is postedPaidState for a handler with no route
// here, mountable from another package, whose paid-state writes the
// posted body decides happen with no verification at all: what it does,
// for the fact its mounts are judged by; "" if not.
func (m *Model) postedPaidElsewhere(h *Handler) string {
	if m.deployedRoutes(h) > 0 || !m.mountedElsewhere(h) {
		return ""
	}
	posted := m.postedPaidCandidate(h)
	if posted == nil {
		return ""
	}
	open := func(call *ast.CallExpr) bool {
		if g := m.Guarded(call); g != nil && (g.Verified || g.Status) || m.ProviderChecked(h, call) {
			return false
		}
		return m.VerificationAt(h, call) == Unverified
	}
	if ok, _ := h.Webhook(); ok && m.unverifiedEffect(h) != "" {
		return "" // a webhook by its name, its effects reported in its package
	}
	sign := m.providerSign(h)
	for _, op := range m.Fulfilments(h) {
		if f, strong := m.postedPaidTest(h.Body, op.Call, posted); f != "" && (strong || sign) && open(op.Call) {
			return m.postedPaidWhy(op, f)
		}
	}
	return m.postedStatusStored(h, posted, sign, open)
}

// postedPaidWhy words a paid-state write op that the posted field
// decides.
func (m *Model) postedPaidWhy(op *payment.Op, field string) string {
	desc := op.Desc
	if desc == "" {
		desc = qual(m.calleeFunc(op.Call))
	}
	return "marks the payment paid (" + desc + ") when the posted " + field + " says paid"
}

// postedStatusStored: a call of h's body hands a posted payment status to
// a store writing it to a payment's state column — a field named for a
// payment's state, or one tested against a paid value (with a sign of
// the sender, sign, unless the test is strong) — where open (when given)
// says the call is unverified; what it does, or "".
func (m *Model) postedStatusStored(h *Handler, posted map[types.Object]bool, sign bool, open func(*ast.CallExpr) bool) string {
	why := ""
	ast.Inspect(h.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || why != "" {
			return false // work handed elsewhere: not judged here
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		arg, desc := m.postedStateArg(call, posted)
		if arg == nil {
			return true
		}
		if !m.paymentStateField(arg) {
			if f, strong := m.postedPaidTest(h.Body, call, posted); f == "" || !strong && !sign {
				return true
			}
		}
		if open == nil || open(call) {
			why = "stores the payment status the body posts (" + desc + ")"
		}
		return true
	})
	return why
}

// postedPaidCandidate: the variables h decodes the request's body into
// (with the locals taken from their fields), when h may be a provider's
// notification by what it does with them; nil if not.
func (m *Model) postedPaidCandidate(h *Handler) map[types.Object]bool {
	if h.Body == nil || m.info == nil || h.Fn == nil || h.CallsVerifier || h.oauthResponse() || h.checkoutReturn() {
		return nil
	}
	if staffOnly(h.Routes) || accountRoutes(h.Routes) || getOnly(h.Routes) || m.personNamed(h) || m.backOfficeNames(h) {
		return nil
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) || hasWord(sharedWords(r.Name), credWords...) != "" {
			return nil // a signature or credential read: judged by the verification model, or unsure
		}
	}
	if !m.readsBody(h.Body) || m.personRequest(h) || m.sendsPayment(h.Body) || m.readsProviderStatus(h.Body) {
		return nil
	}
	posted := m.decodedObjects(h)
	if len(posted) == 0 {
		return nil
	}
	return posted
}

// postedPaidTest: call runs only when a posted value says paid — inside
// an if testing it equal to a paid value, a case of a switch over it
// listing one, or after an if returning when it differs from one; the
// field tested, or "". A paid value is a money-collected event type
// ("order.paid", "charge.captured"), or a success status (APPROVED,
// PAID) tested in a status, state or result field (an action
// "completed" is a repository's, not a payment's). strong: the value is
// a money-collected event, or the field is named for a payment's state
// (payment_status): the provider's own vocabulary, a sign of the sender
// by itself.
func (m *Model) postedPaidTest(body *ast.BlockStmt, call *ast.CallExpr, posted map[types.Object]bool) (field string, strong bool) {
	paid := func(f, e ast.Expr) bool {
		s, ok := m.constString(e)
		if !ok {
			return false
		}
		if moneyMovedEvent(s) {
			strong = true
			return true
		}
		if !payment.IsSuccessStatus(s) || !m.statusLikeField(f) {
			return false
		}
		strong = strong || m.paymentStateField(f)
		return true
	}
	// compared: cond holds `field op paid` (either side); the field.
	compared := func(cond ast.Expr, op token.Token) string {
		f := ""
		ast.Inspect(cond, func(n ast.Node) bool {
			b, ok := n.(*ast.BinaryExpr)
			if !ok || f != "" {
				return f == ""
			}
			if b.Op == op {
				if m.envelopeField(b.X, posted) && paid(b.X, b.Y) {
					f = selectedName(b.X)
				} else if m.envelopeField(b.Y, posted) && paid(b.Y, b.X) {
					f = selectedName(b.Y)
				}
			}
			return f == ""
		})
		return f
	}
	inside := func(n ast.Node) bool { return n != nil && n.Pos() <= call.Pos() && call.End() <= n.End() }
	found := ""
	ast.Inspect(body, func(n ast.Node) bool {
		if found != "" || n == nil || !inside(n) {
			return false // only the statements enclosing call
		}
		switch x := n.(type) {
		case *ast.IfStmt:
			if inside(x.Body) {
				found = compared(x.Cond, token.EQL)
			}
		case *ast.SwitchStmt:
			for _, s := range x.Body.List {
				cc := s.(*ast.CaseClause)
				if !inside(cc) {
					continue
				}
				for _, e := range cc.List {
					switch {
					case found != "":
					case x.Tag != nil && m.envelopeField(x.Tag, posted) && paid(x.Tag, e):
						found = selectedName(x.Tag)
					case x.Tag == nil:
						found = compared(e, token.EQL)
					}
				}
			}
		case *ast.BlockStmt:
			found = m.postedGuardBefore(x.List, call, compared)
		case *ast.CaseClause:
			found = m.postedGuardBefore(x.Body, call, compared)
		}
		return found == ""
	})
	return found, found != "" && strong
}

// statusLikeField: e selects a field holding a status, a state or a
// result (Status, TradeState, result_code), by its Go name or its tags.
func (m *Model) statusLikeField(e ast.Expr) bool {
	for _, n := range m.selectedFieldNames(e) {
		ws := words(n)
		if len(ws) > 0 && hasWord(ws[len(ws)-1:], "status", "state", "result", "code") != "" || notifyStatus[norm(n)] {
			return true
		}
	}
	return false
}

// providerSign: a name around h speaks of a provider's post — its
// package, receiver or name, a type its body decodes the request into,
// or one of its routes names a webhook, a notification or a payment.
// The shop's own app posting to /packing/state (api.Apply decoding
// packed) has none: a non-provider's post, not judged here.
func (m *Model) providerSign(h *Handler) bool {
	ws := m.ownerWords(h)
	for _, d := range m.decodedVars(h.Body) {
		ws = append(ws, words(d.t.Obj().Name())...)
	}
	for _, r := range h.Routes {
		ws = append(ws, words(r.Path)...)
	}
	return hasWord(ws, webhookStrong...) != "" || hasWord(ws, webhookWeak...) != "" || hasWord(ws, paymentWords...) != "" ||
		hasWord(ws, "notice", "notices") != ""
}

// postedGuardBefore: a statement of list before the one holding call is
// `if field != paid { …; return }`; the field, or "".
func (m *Model) postedGuardBefore(list []ast.Stmt, call *ast.CallExpr, compared func(ast.Expr, token.Token) string) string {
	for _, s := range list {
		if s.Pos() > call.Pos() {
			break
		}
		is, ok := s.(*ast.IfStmt)
		if !ok || is.Else != nil || is.End() > call.Pos() || len(is.Body.List) == 0 {
			continue
		}
		if _, ok := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !ok {
			continue
		}
		if f := compared(is.Cond, token.NEQ); f != "" {
			return f
		}
	}
	return ""
}

// selectedName is the name of the field e selects ("Status").
func selectedName(e ast.Expr) string {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return "value"
}

// paymentStateField: e selects a field named for a payment's state
// (PaymentStatus, `json:"payment_status"`, FinancialState), by its Go
// name or its json/xml/form tag.
func (m *Model) paymentStateField(e ast.Expr) bool {
	for _, n := range m.selectedFieldNames(e) {
		if payment.PaymentStateName(words(n)) {
			return true
		}
	}
	return false
}

// selectedFieldNames: the Go name and the json/xml/form tag names, as
// written, of the struct field e selects; nil if e selects none.
func (m *Model) selectedFieldNames(e ast.Expr) []string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s := m.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	names := []string{s.Obj().Name()}
	t := s.Recv()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) != s.Obj() {
				continue
			}
			for _, k := range []string{"json", "xml", "form"} {
				if v, ok := reflect.StructTag(st.Tag(i)).Lookup(k); ok {
					if name, _, _ := strings.Cut(v, ","); name != "" && name != "-" {
						names = append(names, name)
					}
				}
			}
		}
	}
	return names
}

// openMount: nothing stands in front of route r, a provider's POST: no
// middleware of its own, its group's or its router's, and no back-office
// or person word in its path.
func openMount(r *Route) bool {
	if r == nil || strings.EqualFold(r.Method, "GET") || len(r.Middleware) > 0 || len(r.External) > 0 {
		return false
	}
	ws := words(r.Path)
	return hasWord(ws, personWords...) == "" && hasWord(ws, backOffice...) == "" && hasWord(ws, staffWords...) == ""
}
