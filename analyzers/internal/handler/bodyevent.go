package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- webhooks known by their body -------------------------------------------
//
// A handler method or factory whose route is registered in another
// package (routes.Register(mux, wh) mounting wh.Charge) has no route here,
// and facts cannot tell its package where it is mounted (the registering
// package imports it, not the other way round). Such a handler is a
// webhook when its body says so: it decodes the request body into a
// provider event (a type named Event, Notification, Webhook...), updates
// payment or order state, and a second sign names the sender (its package,
// receiver or name speaks of webhooks or events, the event type names a
// payment, or an event field is compared with a payment event or success
// status). Back-office and settings endpoints are never classified so:
// staff re-applying an event is not the provider posting one.

// eventWords name the type a provider's event is decoded into.
var eventWords = []string{"event", "events", "notification", "notifications", "notify", "webhook", "webhooks",
	"hook", "ipn", "callback", "confirmation"} // confirmation: Daraja's C2B confirmation

// backOffice words: endpoints for staff or for settings, never a provider's.
var backOffice = []string{"admin", "backoffice", "staff", "settings", "setting", "config", "configuration",
	"preferences", "console", "dashboard"}

// bodyDecoders are the binders of request contexts that decode the body
// into their last argument (gin, echo, fiber, iris).
var bodyDecoders = map[string]bool{"ShouldBindJSON": true, "BindJSON": true, "ShouldBind": true, "Bind": true,
	"ShouldBindXML": true, "BindXML": true, "BodyParser": true, "ReadJSON": true, "ReadXML": true}

// bodyEvent returns why h, a handler with no route in this package, is a
// provider's webhook by its body ("decodes Event and updates the order"),
// or "".
func (m *Model) bodyEvent(h *Handler) string {
	if m.deployedRoutes(h) > 0 || h.Body == nil || m.info == nil || !m.mountedElsewhere(h) {
		return ""
	}
	if m.backOfficeNames(h) || !m.readsBody(h.Body) {
		return ""
	}
	ev, evField := m.decodedEvent(h.Body)
	if ev == nil {
		// The raw body decoded into a notification by its fields (a
		// result code with a transaction id: Daraja's B2CResult), in a
		// handler whose own name says hook: the payload a routed handler
		// is classified by (bodyclass.go), with the handler's name as the
		// second sign.
		if ev = m.rawNoticePayload(h.Body); ev == nil || len(m.fulfilments(h.Body)) == 0 {
			return ""
		}
		if says(m.ownerWords(h), webhookStrong, webhookWeak) == "" {
			return ""
		}
		return "reads the raw request body into " + ev.Obj().Name() + " and updates payment state"
	}
	if len(m.fulfilments(h.Body)) == 0 {
		return ""
	}
	why := "decodes the request body into " + ev.Obj().Name() + " and updates payment state"
	switch {
	case wrapsSDKEvent(ev): // the provider's own event type (voc_envelope.go)
		return why
	case says(m.ownerWords(h), webhookStrong, webhookWeak) != "":
		return why
	case says(sharedWords(h.Name), webhookStrong, webhookWeak) != "":
		// Its own name says hook (Callbacks.Handle), whatever its package
		// is named (payouts): a webhook by its name too, judged where it
		// is mounted rather than here, where no route is seen.
		return why
	case hasWord(sharedWords(ev.Obj().Name()), paymentWords...) != "":
		return why
	case m.comparesEventField(h.Body, evField):
		return why
	}
	return ""
}

// rawNoticePayload is the struct the raw request body is decoded into
// when its fields are a payment notification's (a status with a payment
// reference: paymentFields), or nil.
func (m *Model) rawNoticePayload(body *ast.BlockStmt) *types.Named {
	if !m.readsRawBody(body) {
		return nil
	}
	for _, d := range m.decodedVars(body) {
		if paymentFields(d.t, 0) {
			return d.t
		}
	}
	return nil
}

// mountedElsewhere: h can be registered from another package — an
// exported function or method, or a literal returned by an exported
// factory.
func (m *Model) mountedElsewhere(h *Handler) bool {
	if h.Func != nil {
		return h.Func.Exported()
	}
	for obj, fd := range m.decls {
		if fd.Body != nil && fd.Body.Pos() <= h.Node.Pos() && h.Node.End() <= fd.Body.End() {
			return obj.Exported()
		}
	}
	return false
}

// ownerWords are the words of h's package, receiver type and name.
func (m *Model) ownerWords(h *Handler) []string {
	ws := append([]string{}, words(m.pass.Pkg.Name())...)
	return append(ws, words(h.Name)...)
}

// backOfficeNames: h's package, receiver or name is a back-office or
// settings endpoint.
func (m *Model) backOfficeNames(h *Handler) bool {
	ws := append(m.ownerWords(h), words(m.pass.Pkg.Path())...)
	return hasWord(ws, backOffice...) != ""
}

// readsBody: the body reads the request's body (r.Body, c.GetRawData(),
// a binder of the request context).
func (m *Model) readsBody(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if x.Sel.Name == "Body" && namedIs(m.pass.TypesInfo.TypeOf(x.X), httpPkgs, "Request") || m.rawBodyField(x) { // bodyfield.go: beego's ctx.Input.RequestBody
				found = true
			}
		case *ast.CallExpr:
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				switch {
				case bodyDecoders[sel.Sel.Name], rawBodyMethods[sel.Sel.Name]:
					found = found || m.onRequestCtx(sel.X)
				}
			}
			found = found || m.stashedBodyRead(x) || m.helperReadsBody(x) // stashed by a middleware, read by a helper (wha_*.go)
		}
		return !found
	})
	return found
}

// onRequestCtx: e is a web framework's request context.
func (m *Model) onRequestCtx(e ast.Expr) bool {
	t := m.pass.TypesInfo.TypeOf(e)
	return namedIs(t, ginPkgs, "Context") || namedIs(t, echoPkgs, "Context") || namedIs(t, fiberPkgs, "Ctx") ||
		frameworkCtx(t)
}

// decodedEvent returns the event type the body is decoded into
// (json.Unmarshal(b, &ev), json.NewDecoder(r.Body).Decode(&ev),
// c.ShouldBindJSON(&ev)) — named as an event, or an envelope of a
// provider SDK's events (voc_envelope.go) — and the variable holding it,
// or nil.
//
// The answer is a function of the body's syntax and types alone, and a
// dozen questions ask it of each handler (its class, its mounts, its
// effects, its wiring), each walking the body twice (here and in
// helperEvent): it is remembered per body.
func (m *Model) decodedEvent(body *ast.BlockStmt) (*types.Named, types.Object) {
	m.evMemo.mu.Lock()
	d, ok := m.evMemo.m[body]
	m.evMemo.mu.Unlock()
	if ok {
		return d.ev, d.v
	}
	ev, v := m.decodeEvent(body)
	m.evMemo.mu.Lock()
	if m.evMemo.m == nil {
		m.evMemo.m = map[*ast.BlockStmt]decoded{}
	}
	m.evMemo.m[body] = decoded{ev, v}
	m.evMemo.mu.Unlock()
	return ev, v
}

// eventMemo holds decodedEvent's answers; the analyzers sharing the model
// may ask concurrently.
type eventMemo struct {
	mu sync.Mutex
	m  map[*ast.BlockStmt]decoded
}

type decoded struct {
	ev *types.Named
	v  types.Object
}

// decodeEvent is decodedEvent without the memo.
func (m *Model) decodeEvent(body *ast.BlockStmt) (*types.Named, types.Object) {
	var ev *types.Named
	var v types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || ev != nil || len(call.Args) == 0 || !m.decodes(call) {
			return ev == nil
		}
		n2, target := m.decodedInto(call)
		if n2 == nil || hasWord(sharedWords(n2.Obj().Name()), eventWords...) == "" && !wrapsSDKEvent(n2) {
			return true
		}
		if _, isStruct := n2.Underlying().(*types.Struct); !isStruct {
			return true
		}
		ev = n2
		if id, ok := target.(*ast.Ident); ok {
			v = m.pass.TypesInfo.ObjectOf(id)
		}
		return false
	})
	if ev == nil {
		return m.helperEvent(body) // decoded by a helper handed the request (decodehelper.go)
	}
	return ev, v
}

// decodes: call decodes data into its last argument — an Unmarshal of
// an encoding package, a Decode of a decoder, a request context's binder.
func (m *Model) decodes(call *ast.CallExpr) bool {
	fn := m.calleeFunc(call)
	if fn == nil {
		return false
	}
	p := pkgOf(fn)
	switch fn.Name() {
	case "Unmarshal":
		return strings.HasPrefix(p, "encoding/") || strings.Contains(p, "json")
	case "Decode":
		return strings.HasPrefix(p, "encoding/") || strings.Contains(p, "json")
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && bodyDecoders[fn.Name()] {
		return m.onRequestCtx(sel.X)
	}
	return false
}

// comparesEventField: the body compares a field of the event variable —
// or of an element of a batch it holds (for _, it := range p.Events) —
// with a payment event name ("charge.succeeded", "payment_intent.paid")
// or a success status ("PAID").
func (m *Model) comparesEventField(body *ast.BlockStmt, ev types.Object) bool {
	if ev == nil {
		return false
	}
	found := false
	evs := m.eventElems(body, ev)
	eventField := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		return ok && evs[m.pass.TypesInfo.ObjectOf(id)] || m.envelopeField(e, evs) // nestedevent.go
	}
	paymentEvent := func(e ast.Expr) bool {
		s, ok := m.constString(e)
		return ok && (payment.IsSuccessStatus(s) || hasWord(sharedWords(s), paymentWords...) != "" || moneyMovedEvent(s))
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				found = found || eventField(x.X) && paymentEvent(x.Y) || eventField(x.Y) && paymentEvent(x.X)
			}
		case *ast.SwitchStmt:
			if x.Tag != nil && eventField(x.Tag) {
				for _, s := range x.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						found = found || paymentEvent(e)
					}
				}
			}
		}
		return !found
	})
	return found
}

// eventElems is ev with the variables ranging over what it holds
// (for _, it := range ev.Items; nested batches too).
func (m *Model) eventElems(body *ast.BlockStmt, ev types.Object) map[types.Object]bool {
	set := map[types.Object]bool{ev: true}
	for grown := true; grown; {
		grown = false
		ast.Inspect(body, func(n ast.Node) bool {
			rs, ok := n.(*ast.RangeStmt)
			if !ok || rs.Value == nil {
				return true
			}
			id, ok := rs.Value.(*ast.Ident)
			v := m.pass.TypesInfo.ObjectOf(id)
			if ok && v != nil && !set[v] && set[rootObj(m.pass.TypesInfo, rs.X)] {
				set[v] = true
				grown = true
			}
			return true
		})
	}
	return set
}

// rootObj is the variable a selector chain starts from (p in p.Data.Items).
func rootObj(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.Ident:
			return info.ObjectOf(x)
		default:
			return nil
		}
	}
}

// moneyMovedWords end an event type named "<object>.<what happened>" when
// money was collected (a voucher paid, a charge captured): narrower than
// the success statuses ("order.completed", "user.confirmed" say nothing
// of a payment).
var moneyMovedWords = map[string]bool{"paid": true, "succeeded": true, "captured": true, "settled": true, "approved": true}

// moneyMovedEvent: an event type such as "voucher.paid" or
// "charge.captured" — an object the provider collected money for, then
// what happened to it.
func moneyMovedEvent(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || i >= len(s)-1 || strings.ContainsAny(s, " /") || !moneyMovedWords[strings.ToLower(s[i+1:])] {
		return false
	}
	obj := s[:i]
	if j := strings.LastIndexByte(obj, '.'); j >= 0 {
		obj = obj[j+1:]
	}
	// Money the merchant sends out (a transfer or payout paid, a refund
	// settled) is no collection: such a callback may be a partner's or a
	// staff replay as well as a provider's.
	return hasWord(words(obj), outgoingWords...) == ""
}

// outgoingWords name money the merchant sends out.
var outgoingWords = []string{"transfer", "transfers", "payout", "payouts", "refund", "refunds", "withdrawal",
	"withdrawals", "disbursement", "disbursements"}
