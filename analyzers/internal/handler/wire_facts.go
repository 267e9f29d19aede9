package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- use cases wired in another package: the handler's side -------------------
//
// The commonest real layout keeps the webhook and its use case apart:
//
//	package hooks:   type Handler struct{ Svc PurchaseService }  // h.Svc.Complete(ctx, evt.ID)
//	package wallet:  func (p *Purchases) Complete(...)             // does not import hooks
//	package main:    hooks.New(wallet.NewPurchases(db)); mux.HandleFunc("/hooks/stripe", h.Checkout)
//
// In hooks no implementation is visible, so the call is not judged there;
// in the package that binds the implementation (main) both sides are
// visible. The handler's package records, per handler, the calls of a
// method of an interface held in a field of the handler's receiver, with
// the event's values, no implementation in sight, and how the handler
// makes them (unverified, unguarded, before the answer); the binding
// package completes the judgment with the implementation's summaries
// (wire_bind.go). Only handlers the model classifies as payment webhooks,
// or that would be one by their body if the use case acts on the payment
// (pendingHook), are recorded.

// WireCall is one such call, as the binding package needs it.
type WireCall struct {
	// Handler names the handler ("Handler.PaymentUpdated").
	Handler string
	// Field is the receiver's field holding the interface, Method the
	// method called, Desc the method qualified ("hooks.Fulfiller.PaymentCompleted").
	Field, Method, Desc string
	// At is the call's file base name and line ("hooks.go:52").
	At string
	// Consts: the call's constant string arguments by position, "" elsewhere (statusconst.go).
	Consts []string
	// Unguarded: no duplicate guard of the handler protects the call.
	Unguarded bool
	// Before: the call runs before the handler answers (how far: Answer).
	Before bool
	Answer Answer
	// Pending: the handler is a payment webhook only if the use case acts
	// on the payment (it is one by its body otherwise).
	Pending   bool
	Framework Framework
	// Aside: the call is not handed the event's values (a notifier told
	// "post the ERA"): judged only for the answer, never a duplicate
	// nor proof that the handler acts on the payment.
	Aside bool
	// ByRoute: the handler is a webhook only if the binding package
	// mounts it on a webhook route (routehook.go).
	ByRoute bool
	// Weak: the call runs where the handler's own check fails open or is
	// skipped (wiredweak.go); Verified when not so.
	Weak Verification
	// OwnRead: the handler reads a payment status itself before it
	// answers (soleread.go).
	OwnRead bool
	// IDNotice: the handler, known by its mount, is posted Mollie's
	// payment id alone and reads the payment back by it (molliehook.go).
	IDNotice bool
}

// WireFact marks a handler type (the receiver's named type) whose
// webhook handlers make WireCalls. On a function (wire_ports.go), it says
// which parameters the function stores in a handler type's fields
// (Binds), or which concrete type of its package it returns as an
// interface (Returns, a pointer if ReturnsPtr).
type WireFact struct {
	Calls      []WireCall
	Binds      []ParamBind
	Returns    string
	ReturnsPtr bool
}

// AFact marks WireFact as a fact.
func (*WireFact) AFact() {}

func (f *WireFact) String() string {
	if f.Returns != "" && len(f.Binds) == 0 {
		return "returns " + f.Returns
	}
	if len(f.Binds) > 0 {
		return "stores parameters in fields: " + strconv.Itoa(len(f.Binds))
	}
	return "wired calls: " + strconv.Itoa(len(f.Calls))
}

// PayEffectFact marks a method that fulfils an order or stores a paid
// state (the payment model's wrapper kinds), for the package that binds
// it as a webhook's use case.
type PayEffectFact struct{ Desc string }

// AFact marks PayEffectFact as a fact.
func (*PayEffectFact) AFact() {}

func (f *PayEffectFact) String() string { return "payment effect: " + f.Desc }

// fieldCall is a call of an interface method through a field of the
// handler's receiver: in the handler's body, or in a method of the same
// receiver it calls (h.apply(ctx, ev)); site is the call in the handler's
// body (judged for guards, answer and verification), call the method's.
type fieldCall struct {
	c     ifaceCall
	site  *ast.CallExpr
	field *types.Var
	recv  *types.Named
	// hands: the call is handed the event's values (wireHandsEvent).
	hands bool
}

// fieldCalls lists h's calls of interface methods held in fields of its
// receiver that no implementation in sight explains; hands says which
// are handed the event's values (only those can repeat an effect or act
// on the payment; any call can hold up the answer). Unlike abstract
// effects, a Notifier or an event bus is not set aside: its bound
// implementation is read.
func (m *Model) fieldCalls(h *Handler) []fieldCall {
	recv, named := handlerRecv(h)
	if recv == nil || h.Body == nil {
		return nil
	}
	out := m.fieldCallsIn(h, h.Body, recv, named, nil)
	out = append(out, m.fieldArgCalls(h, recv, named)...) // helperarg.go: apply(ctx, h.Port, ev)
	// One level of helper methods of the same receiver (h.apply(ctx, ev)).
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		fn, _ := m.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
		if !ok || fn == nil || m.pass.TypesInfo.Uses[id] != recv || !m.wireHandsEvent(h, call) {
			return true
		}
		fd := m.decls[fn]
		if fd == nil || fd.Body == nil || fd.Recv == nil || len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
			return true
		}
		hrecv, _ := m.pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
		if hrecv != nil {
			helper := &Handler{Body: fd.Body, Func: fn}
			out = append(out, m.fieldCallsIn(helper, fd.Body, hrecv, named, call)...)
		}
		return true
	})
	return out
}

// fieldCallsIn lists the field calls of body through the receiver recv;
// site, when set, stands for them in the handler.
func (m *Model) fieldCallsIn(h *Handler, body *ast.BlockStmt, recv *types.Var, named *types.Named, site *ast.CallExpr) []fieldCall {
	var out []fieldCall
	var wires []payment.Wire
	built := false
	for _, c := range m.ifaceCalls(body) {
		sel, _ := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
		s := recvFieldSel(m.pass.TypesInfo, sel.X, recv) // recvfield.go
		if s == nil {
			continue
		}
		if !m.wireUnexplained(c, &wires, &built) || answersBool(c.Method) && !m.actingVerdict(h, c) {
			continue
		}
		field, _ := s.Obj().(*types.Var)
		at := site
		if at == nil {
			at = c.Call
		}
		hands := m.wireHandsEvent(h, c.Call)
		out = append(out, fieldCall{c: c, site: at, field: field, recv: named, hands: hands})
	}
	return out
}

// wireHandsEvent: call is handed the event's values (handsEvent), or a
// value of the merchant's own type built from them
// (t := inbound.Transfer{ID: ev.ID, Amount: ev.Data.Amount}; svc.Apply(ctx, t)).
func (m *Model) wireHandsEvent(h *Handler, call *ast.CallExpr) bool {
	if m.handsEvent(h, call) || m.handsBatchItem(h, call) {
		return true
	}
	decoded := map[*types.Named]bool{}
	for _, t := range m.decodedTypes(h.Body) {
		decoded[t] = true
	}
	for _, a := range call.Args {
		e := ast.Unparen(a)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok {
				e = assignedFrom(m.pass.TypesInfo, h.Body, v)
			}
		}
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = u.X
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && m.eventValue(h.Body, kv.Value, decoded, 0) {
				return true
			}
		}
	}
	return false
}

// handsBatchItem: an argument of call reads an element of a batch the
// decoded event holds (for _, it := range b.Items { svc.Apply(ctx, it.Ref) }).
func (m *Model) handsBatchItem(h *Handler, call *ast.CallExpr) bool {
	_, ev := m.decodedEvent(h.Body)
	if ev == nil {
		return false
	}
	elems := m.eventElems(h.Body, ev) // bodyevent.go
	for _, a := range call.Args {
		if id := rootIdent(a); id != nil && elems[m.pass.TypesInfo.Uses[id]] {
			return true
		}
	}
	return false
}

// handlerRecv is the receiver variable of handler method h and its named
// type; nil if h is no method of a named struct.
func handlerRecv(h *Handler) (*types.Var, *types.Named) {
	if h.Func == nil {
		return nil, nil
	}
	sig, _ := h.Func.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil, nil
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil, nil
	}
	return sig.Recv(), n
}

// pendingHook: h would be a webhook by its body (bodyevent.go) but for a
// visible payment effect: an exported handler with no route here that
// reads the request body, decodes it into a provider's event, shows a
// second sign of a webhook (its names — so a webhook by its name is one
// too —, the event type, a payment event compared, a provider SDK's
// event), verifies nothing and reads no signature, and fulfils nothing
// this package can see. Its use case decides.
func (m *Model) pendingHook(h *Handler) bool {
	if h.Func == nil || !h.Func.Exported() || h.Body == nil || m.info == nil || m.deployedRoutes(h) > 0 || h.CallsVerifier {
		return false
	}
	if h.oauthResponse() || m.backOfficeNames(h) || !m.readsBody(h.Body) {
		return false
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return false
		}
	}
	ev, evField := m.decodedEvent(h.Body)
	if ev == nil || len(m.fulfilments(h.Body)) > 0 {
		return false
	}
	byName, _ := h.Webhook() // headers, verifiers and routes are excluded above: by its name
	return byName || says(m.ownerWords(h), webhookStrong, webhookWeak) != "" || wrapsSDKEvent(ev) ||
		hasWord(sharedWords(ev.Obj().Name()), paymentWords...) != "" || m.comparesEventField(h.Body, evField) ||
		m.handsEventToComparer(h, evField) // helperarg.go
}

// pendingUnverified lists the wired calls of a pending handler made with
// no verification at all: the binding package's mount decides
// (UnverifiedWebhookFact.Wired).
func (m *Model) pendingUnverified(h *Handler) []WireCall {
	if !m.pendingHook(h) {
		return nil
	}
	var out []WireCall
	for _, fc := range m.fieldCalls(h) {
		if !fc.hands {
			continue
		}
		if m.VerificationAt(h, fc.site) != Unverified {
			return nil
		}
		w := m.wireCall(h, fc)
		w.Pending = true
		out = append(out, w)
	}
	return out
}

func (m *Model) wireCall(h *Handler, fc fieldCall) WireCall {
	pos := m.pass.Fset.Position(fc.c.Call.Pos())
	return WireCall{Handler: m.pass.Pkg.Name() + "." + h.Name, Field: fc.field.Name(), Method: fc.c.Method.Name(), Desc: qual(fc.c.Method),
		At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line), Framework: h.Framework,
		Consts: consts(m.pass.TypesInfo, fc.c.Call)} // judged at the binding as a use case's (payImpls)
}

// exportWireFacts records, in the handler's package, the wired calls of
// its payment webhooks (and pending ones) that the rules could not judge
// here: whether a duplicate guard protects each, and whether it runs
// before the answer.
func (fx *ifaceFx) exportWireFacts(repeats map[*Handler][]Effect, slow map[*Handler]SlowAt) {
	m := fx.m
	byType := map[*types.Named][]WireCall{}
	var order []*types.Named
	for _, h := range m.Judged() {
		if getOnly(h.Routes) {
			continue
		}
		// Pending: a webhook by its body but for the use case's effect
		// (pendingHook), or a webhook not known as a payment provider's:
		// the binding package confirms it by the use case it binds.
		ok, _ := h.Webhook()
		bodyPending := m.pendingHook(h)
		pending := bodyPending && !ok || ok && !m.PaymentWebhook(h) && !fx.paymentEffect(h)
		byRoute := !ok && !pending && m.routePending(h) // routehook.go
		if !ok && !pending && !byRoute {
			continue
		}
		reported := map[ast.Node]bool{}
		for _, e := range repeats[h] {
			reported[e.Node] = true
		}
		fcs := m.fieldCalls(h)
		seen := map[*ast.CallExpr]bool{} // routeseen.go: explained calls of a handler known by its mount
		if byRoute {
			for _, fc := range fx.seenCalls(h, fcs) {
				seen[fc.c.Call] = true
				fcs = append(fcs, fc)
			}
		}
		ackOnly := map[*ast.CallExpr]bool{} // explainedslow.go: a slow port implemented here, for the answer only
		for _, fc := range fx.explainedSlowCalls(h, pending, slow) {
			seen[fc.c.Call], ackOnly[fc.c.Call] = true, true
			fcs = append(fcs, fc)
		}
		for _, fc := range fcs {
			if reported[fc.site] && !fx.keepForAck(h, fc, slow) || len(fx.impls(fc.c)) > 0 && !seen[fc.c.Call] { // ackdup.go
				continue
			}
			w := m.wireCall(h, fc)
			// By route, the handler's own payment effect (a paid state it
			// stores through a store in sight) confirms it as the mount does.
			w.Pending = pending || byRoute && !m.PaymentWebhook(h) && !fx.paymentEffect(h)
			hands := fc.hands || byRoute && m.handsLookup(h, fc.c.Call) || m.i16HandsLookup(h, fc, w.Pending) // routehook.go, lookupwired.go
			w.Aside = !hands
			w.ByRoute = byRoute
			w.IDNotice = byRoute && m.mollieHook(h) != "" // molliehook.go
			w.Unguarded = hands && len(fx.d.unguardedIn(h, []Effect{{Node: fc.site, Kind: Insert, Desc: w.Desc}})) > 0 &&
				!fx.gatedAt(h, fc.site) // usecasegate.go: the gate is judged at the binding
			if _, done := slow[h]; !done && !inGoroutine(h.Body, fc.site) && !fx.a.verifies(fc.c.Method) {
				if s, ans := fx.a.firstBefore(h, []Slow{{Node: fc.site, Desc: w.Desc}}); s != nil {
					w.Before, w.Answer = true, ans
				}
			}
			w.Weak = m.weakWired(h, fc)           // wiredweak.go
			w.OwnRead = w.Before && fx.ownRead(h) // soleread.go
			if reported[fc.site] || ackOnly[fc.c.Call] {
				w24AckOnly(&w) // ackdup.go: a repeat reported here, judged for the answer only
			}
			// A pending handler's calls are all recorded: the mount
			// (mountWhy) finds the handler's type by this fact.
			if !w.Unguarded && !w.Before && w.Weak == Verified && (w.Aside || !pending && !bodyPending && !byRoute) {
				continue
			}
			if byType[fc.recv] == nil {
				order = append(order, fc.recv)
			}
			byType[fc.recv] = append(byType[fc.recv], w)
		}
		order = fx.funcFieldRecord(h, pending, byRoute, slow, byType, order) // funcfield.go: h.OnPaid(ctx, id), bound where the handler is built
		if ok && !pending && !byRoute {                                      // useport.go: a concrete use case whose store main binds
			order = fx.q19Record(h, byType, order)
		}
		if byRoute { // concreteslow.go: slow calls through concrete fields
			order = fx.sl12Record(h, byRoute && !m.PaymentWebhook(h) && !fx.paymentEffect(h), slow, byType, order)
		}
	}
	own := map[*types.Named][]WireCall{}
	for _, n := range order {
		if n.Obj().Pkg() == fx.pass.Pkg {
			fx.pass.ExportObjectFact(n.Obj(), &WireFact{Calls: byType[n]})
			own[n] = byType[n]
		}
	}
	if len(own) > 0 {
		fx.exportBinds(own) // wire_ports.go
	}
}

// inGoroutine: call sits in a go statement or a function literal of
// body (handed to a goroutine or a job).
func inGoroutine(body *ast.BlockStmt, call *ast.CallExpr) bool {
	in := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			if n.Pos() <= call.Pos() && call.End() <= n.End() {
				in = true
			}
			return false
		}
		return !in
	})
	return in
}
