package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- abstract effects: interface calls no implementation explains -------------
//
// Real services reach their store or use case through an interface whose
// implementation lives in a package the handler's package does not
// import (it is wired in main):
//
//	h.store.SetStatus(ctx, n.Reference, "paid")
//	h.repo.AddLoyaltyPoints(ctx, ref, item.Amount.Value/100)
//
// With no implementation to read, such a call is judged by what it does
// at the call: its verb and the values it is handed. It is an abstract
// effect when
//   - a state setter (Set/Update/Mark/Save/Record/Store… of a status, a
//     state or a payment noun) is handed a paid status constant ("paid",
//     "succeeded", StatusCaptured), or — in a payment webhook — the
//     event's own status field: a paid state stored;
//   - in a payment webhook, a credit (Add…Points/Credits/Balance,
//     Credit…, Grant…, TopUp…, Issue…, Award…) is handed an amount read
//     from the event: a credit, repeated on every delivery;
//   - in a success-redirect page, a fulfilment verb (Confirm, Complete,
//     Fulfil, Issue, Activate, Grant, Ship, Deliver, Unlock, Enable,
//     Provision, or Start/Begin of a service: StartRide, BeginCharging,
//     not BeginTx, StartPolling or StartCheckout) is called where a query
//     or form parameter was tested against a paid value, or after the
//     page read the payment from the provider without testing it.
//
// It only adds to a handler the model already classifies as a payment
// webhook or a return page, never classifies one. An implementation the
// package can see (its own, or one of a package it imports) decides
// instead, as ifaceeffects.go does; test doubles are no implementation.
// Interfaces of the standard library and of known libraries (a cache
// client's Set) are never abstract effects.

// absKind sorts abstract effects.
type absKind uint8

const (
	absState  absKind = iota + 1 // a paid state stored
	absCredit                    // a credit of the event's amount
	absFulfil                    // goods handed over from a return page
)

// absEffect is one abstract effect at a call.
type absEffect struct {
	Call *ast.CallExpr
	Kind absKind
	Desc string
}

// abstractEffects lists the abstract effects of h, in source order.
func (m *Model) abstractEffects(h *Handler) []absEffect {
	if m == nil || m.info == nil || h.Body == nil {
		return nil
	}
	hook := m.abstractHook(h)
	redirect, _ := h.Redirect()
	if !hook && !redirect {
		return nil
	}
	var out []absEffect
	for _, c := range m.ifaceCalls(h.Body) {
		if m.info.Of(c.Call) != nil || !m.unseenImpl(c) || sideChannel(c) {
			continue
		}
		if e, ok := m.abstractEffect(h, c, hook, redirect); ok {
			out = append(out, e)
		}
	}
	return out
}

// abstractHook: h is a webhook the model knows as a payment provider's,
// or one that decodes its body into a type named as a payment's event
// (PaymentEvent, ChargeNotification): the merchant's own words for what
// the provider sends.
func (m *Model) abstractHook(h *Handler) bool {
	if ok, _ := h.Webhook(); !ok {
		return false
	}
	if m.PaymentWebhook(h) {
		return true
	}
	for _, t := range m.decodedTypes(h.Body) {
		ws := words(t.Obj().Name())
		if hasWord(ws, eventTypeWords...) != "" && hasWord(ws, paymentEventWords...) != "" {
			return true
		}
	}
	return false
}

// paymentEventWords name a payment's event type; wider words
// (subscription, transaction) also name a pub/sub push or a bank feed.
var paymentEventWords = []string{"payment", "payments", "charge", "checkout", "invoice", "refund", "payout", "pay"}

// abstractEffect judges one call with no visible implementation.
func (m *Model) abstractEffect(h *Handler, c ifaceCall, hook, redirect bool) (absEffect, bool) {
	name := qual(c.Method)
	if stateSetter(c.Method) {
		if v, ok := m.paidConstArg(c.Call); ok {
			return absEffect{Call: c.Call, Kind: absState, Desc: "paid state " + v + " stored by " + name}, true
		}
		if hook && m.eventStatusArg(h, c.Call) {
			return absEffect{Call: c.Call, Kind: absState, Desc: "the event's status stored by " + name}, true
		}
	}
	if hook && creditName(c.Method) && m.eventAmountArg(h, c.Call) {
		return absEffect{Call: c.Call, Kind: absCredit, Desc: name + ", handed the event's amount"}, true
	}
	if redirect && (returnFulfilName(c.Method) || paidSetterName(c.Method)) {
		// tested against a paid value from the query, or read from the
		// provider and never tested (readunchecked.go)
		if checked, param := m.StatusChecked(h, c.Call); !checked && (param != nil || m.ReadsPayment(h)) {
			return absEffect{Call: c.Call, Kind: absFulfil, Desc: name}, true
		}
	}
	return absEffect{}, false
}

// abstractOps are h's abstract effects as payment ops: a stored paid
// state is a StateWrite, a credit or goods handed over a Fulfillment.
func (m *Model) abstractOps(h *Handler) []*payment.Op {
	var out []*payment.Op
	for _, e := range m.abstractEffects(h) {
		k := payment.Fulfillment
		if e.Kind == absState {
			k = payment.StateWrite
		}
		out = append(out, &payment.Op{Call: e.Call, Kind: k, Desc: e.Desc})
	}
	return out
}

// sideChannel: c's interface records or tells about the payment rather
// than acting on it (a Logger, a metrics or analytics Tracker, a
// Notifier, an audit trail, a cache).
func sideChannel(c ifaceCall) bool {
	var ws []string
	if sig, ok := c.Method.Type().(*types.Signature); ok && sig.Recv() != nil {
		ws = typeNameWords(sig.Recv().Type())
	}
	return hasWord(ws, sideChannelWords...) != ""
}

var sideChannelWords = []string{"logger", "log", "metrics", "metric", "stats", "tracker", "tracking", "analytics",
	"telemetry", "funnel", "notifier", "mailer", "sender", "publisher", "emitter", "audit", "auditor", "cache",
	"events", "bus", "queue", "history", "journal"}

// ---- which implementations are visible ------------------------------------------

// unseenImpl: c is a method of the merchant's own interface and no
// implementation is visible: none in this package, none in a package it
// imports (test doubles do not count).
func (m *Model) unseenImpl(c ifaceCall) bool {
	if c.Method.Pkg() == nil || libraryPath(c.Method.Pkg().Path()) {
		return false
	}
	if len(implsIn(m.pass.Pkg, c)) > 0 {
		return false
	}
	for _, p := range m.pass.Pkg.Imports() {
		if !libraryPath(p.Path()) && len(implsIn(p, c)) > 0 {
			return false
		}
	}
	return true
}

// libraryPath: the standard library or a library paylint knows (a cache,
// database, framework or SDK client), whose interfaces are no merchant's
// use case.
func libraryPath(p string) bool {
	if stdPath(p) || payment.Library(p) || sdkPath(p) || knownMiddlewarePkg(p) {
		return true
	}
	for _, lib := range libraryPrefixes {
		if strings.HasPrefix(p, lib) {
			return true
		}
	}
	return strings.HasPrefix(p, "github.com/redis/") || strings.HasPrefix(p, "github.com/go-redis/") ||
		strings.HasPrefix(p, "go.mongodb.org/")
}
