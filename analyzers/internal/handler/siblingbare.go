package handler

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// ---- a route left outside the group whose middleware verifies its sibling ----------
//
// Each route is covered by its own middleware chain, not by a sibling's:
//
//	hooks := e.Group("/hooks/razorpay", kit.SignedBody(secret, "X-Razorpay-Signature"))
//	hooks.POST("/payments", rzp.PaymentCaptured)
//	e.POST("/hooks/razorpay/subscriptions", rzp.SubscriptionCharged) // open
//
// The second handler decodes the same provider event as the first, and
// verifies nothing itself (its package counts on the middleware), but it
// was registered on the root router, outside the group. Its package alone
// cannot tell it is a payment webhook: the body is the merchant's own
// struct, and what it does (a plan extended, a payout marked returned)
// need not be a paid state. The mounting package can: whoever wrote the
// group knows these are the provider's signed events, and a verifier on
// the whole router would make the group's redundant.
//
// So the handler's package exports EventHookFact for an exported
// handler with no route there that reads the body and decodes it into an
// event, reads no signature, calls no verifier, sends no payment and is no
// back-office or OAuth page; Why names the call that stores something
// with what it decoded (a repeated effect, a setter, a state write), ""
// when none. A registration counts when nothing stands in front of it but
// middleware its sibling passes through too (a router's panic recovery:
// sharedChain), its path says it receives hooks (hookPath), and a sibling
// on the same router, under the same parent path (samePrefix), sits
// behind a middleware known to verify and serves a handler decoding the
// same event type. A sibling behind auth or a middleware we cannot
// judge, another provider's path, a handler checking the HMAC itself, a
// health check or a handler that stores nothing stay silent.

// EventHookFact marks an exported, unrouted handler decoding the body
// into Event (its qualified type name) and verifying nothing; Why is what
// it stores with the event, "" if nothing its package sees; Wired, then,
// the calls through its receiver's interface fields handed the event,
// which the mounting package judges by what it binds (siblingbound.go).
type EventHookFact struct {
	Event string
	Why   string
	Wired []WireCall
}

// AFact marks EventHookFact as a fact.
func (*EventHookFact) AFact() {}

func (f *EventHookFact) String() string {
	if f.Why == "" {
		return "decodes " + f.Event
	}
	return "decodes " + f.Event + ", " + f.Why
}

// v18Export exports EventHookFact for the package's unrouted handlers
// (runEffects calls it once the package's write facts are exported).
func (fx *ifaceFx) v18Export() {
	m := fx.m
	for _, h := range m.Judged() {
		if h.Func == nil || !h.Func.Exported() || m.deployedRoutes(h) > 0 {
			continue
		}
		if ev, why := fx.event(h); ev != nil {
			f := &EventHookFact{Event: types.TypeString(ev, nil), Why: why}
			if why == "" {
				for _, fc := range m.fieldCalls(h) {
					if fc.hands {
						f.Wired = append(f.Wired, m.wireCall(h, fc))
					}
				}
			}
			fx.pass.ExportObjectFact(h.Func, f)
		}
	}
}

// event: the event type h decodes the body into when h verifies
// nothing itself, and what it stores with it; nil if h is no such handler.
func (fx *ifaceFx) event(h *Handler) (*types.Named, string) {
	m := fx.m
	if h.Body == nil || h.CallsVerifier || h.oauthResponse() || m.backOfficeNames(h) || !m.readsBody(h.Body) || m.sendsPayment(h.Body) {
		return nil, ""
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return nil, "" // it looks at the signature itself
		}
	}
	ev, v := m.decodedEvent(h.Body)
	if ev == nil {
		return nil, ""
	}
	return ev, fx.stores(h.Body, v)
}

// stores names the first call of body handed a value made from the
// event variable ev (its fields, locals assigned from it) whose callee
// stores something: a repeated effect, a paid-state or row-state write, a
// setter of a column, a hold; "" if none.
func (fx *ifaceFx) stores(body *ast.BlockStmt, ev types.Object) string {
	if ev == nil {
		return ""
	}
	info := fx.pass.TypesInfo
	tainted := map[types.Object]bool{ev: true}
	uses := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && tainted[info.ObjectOf(id)] {
				found = true
			}
			return !found
		})
		return found
	}
	for changed := true; changed; { // locals made from the event: pay := evt.Payload.Payment
		changed = false
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, r := range as.Rhs {
				id, ok := as.Lhs[i].(*ast.Ident)
				if obj := info.ObjectOf(id); ok && obj != nil && !tainted[obj] && uses(r) {
					tainted[obj], changed = true, true
				}
			}
			return true
		})
	}
	why := ""
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || why != "" {
			return why == ""
		}
		fn := fx.m.calleeFunc(call)
		if fn == nil || fn.Pkg() == nil {
			return true
		}
		for _, a := range call.Args {
			if uses(a) {
				if fx.writes(fn) {
					why = "stores what it decoded (" + qual(fn) + ")"
				}
				break
			}
		}
		return why == ""
	})
	return why
}

// writes: fn's summary says it stores something.
func (fx *ifaceFx) writes(fn *types.Func) bool {
	var ef EffectFact
	if fx.pass.ImportObjectFact(fn, &ef) && (ef.Repeat != "" || ef.Self) {
		return true
	}
	for _, f := range []analysis.Fact{new(SetterFact), new(StateWriteFact), new(PayEffectFact), new(HoldWriteFact), new(RowStatusFact)} {
		if fx.pass.ImportObjectFact(fn, f) {
			return true
		}
	}
	return false
}

// v18Mounts are the registrations of this package serving, with nothing
// in front of them, a handler that stores what it decodes from an event
// a sibling route takes only behind a verifying middleware.
func (fx *ifaceFx) v18Mounts() []WiredMount {
	m := fx.m
	var out []WiredMount
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if m.inTestFile(call.Pos()) {
			return
		}
		route := m.whaRoute(call, reg, recv)
		if m.routeVerified(route) || !hookPath(route) {
			return
		}
		hexpr := reg.handlers[len(reg.handlers)-1]
		ev, why, fn := fx.served(hexpr)
		if why == "" || fn == nil || m.parentCovered(recv, 0) {
			return
		}
		if sib := fx.verifiedSibling(call, route, recv, ev); sib != nil {
			out = append(out, WiredMount{
				Mount: &Mount{Route: route, Func: fn, Expr: hexpr, Fact: &UnverifiedWebhookFact{}},
				Why:   why + ", an event its sibling route " + sib.Path + " takes only behind a verifying middleware",
			})
		}
	})
	return out
}

// served: the event type the handler expression e serves decodes, what
// it stores with it, and the function mounted; "" when the handler is
// judged otherwise (another package's UnverifiedWebhookFact, or a
// handler here acting on the payment, which the rule judges itself).
func (fx *ifaceFx) served(e ast.Expr) (string, string, *types.Func) {
	m := fx.m
	r := m.resolve(e, 0)
	if r.node == nil {
		fn := r.ext
		var f EventHookFact
		if fn == nil || !fx.pass.ImportObjectFact(fn, &f) {
			return "", "", nil
		}
		if f.Why != "" {
			if m.unverifiedFact(fn) != nil {
				return "", "", nil // judged at its mounts as a webhook
			}
			return f.Event, f.Why, fn
		}
		return f.Event, fx.boundStore(fn, m.unverifiedFact(fn), &f), fn // siblingbound.go: its store bound here, or judged otherwise
	}
	for _, h := range m.Handlers {
		if h.Node != r.node || h.Func == nil || len(m.Fulfilments(h)) > 0 || len(m.TerminalWrites(h)) > 0 {
			continue
		}
		if ev, why := fx.event(h); ev != nil {
			return types.TypeString(ev, nil), why, h.Func
		}
	}
	return "", "", nil
}

// verifiedSibling: another registration on the same router as route,
// under the same parent path, behind a middleware known to verify, serving
// a handler that decodes the event type ev; nil if none.
func (fx *ifaceFx) verifiedSibling(call *ast.CallExpr, route *Route, recv ast.Expr, ev string) *Route {
	m := fx.m
	base := m.routerVar(recv, 0)
	if base == nil {
		return nil
	}
	var found *Route
	m.eachRegistration(func(scall *ast.CallExpr, reg *registration, srecv ast.Expr) {
		if found != nil || scall == call || m.inTestFile(scall.Pos()) || m.routerVar(srecv, 0) != base {
			return
		}
		sib := m.whaRoute(scall, reg, srecv)
		if !samePrefix(sib.Path, route.Path) || !m.knownVerifier(sib) || !sharedChain(route, sib) {
			return
		}
		if sev, _, _ := fx.siblingEvent(reg.handlers[len(reg.handlers)-1]); sev == ev {
			found = sib
		}
	})
	return found
}

// sharedChain: every middleware in front of route stands in front of sib
// too (a router's r.Use(recover), a parent's logging): what route lacks
// is only what sib has on top, its verifier.
func sharedChain(route, sib *Route) bool {
	for _, n := range route.Middleware {
		if !slices.Contains(sib.Middleware, n) {
			return false
		}
	}
	for _, fn := range route.External {
		if fn == nil || !slices.Contains(sib.External, fn) {
			return false
		}
	}
	return true
}

// siblingEvent is served without its exclusions: a verified
// sibling may well act on the payment.
func (fx *ifaceFx) siblingEvent(e ast.Expr) (string, string, *types.Func) {
	m := fx.m
	r := m.resolve(e, 0)
	if r.node == nil {
		var f EventHookFact
		if r.ext == nil || !fx.pass.ImportObjectFact(r.ext, &f) {
			return "", "", nil
		}
		return f.Event, f.Why, r.ext
	}
	for _, h := range m.Handlers {
		if h.Node == r.node && h.Body != nil {
			if ev, _ := m.decodedEvent(h.Body); ev != nil {
				return types.TypeString(ev, nil), "", h.Func
			}
		}
	}
	return "", "", nil
}
