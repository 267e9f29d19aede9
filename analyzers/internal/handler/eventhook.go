package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- an event handler mounted behind a verifier on one route and bare on another ----
//
// A handler of another package that decodes the request body into an
// event and verifies nothing is judged at its mounts when the model knows
// what it does to a payment (UnverifiedWebhookFact). Some effects it
// cannot judge: a payout's status stored through a bun store, a seller's
// ledger fed from the event. Yet the mounting package can say what the
// handler is:
//
//	r.With(sigcheck.Svix(secret)).Post("/webhooks/relay/payouts", hooks.PayoutEvents)
//	r.Post("/webhooks/stripe/connect", hooks.PayoutEvents)
//
// Whoever wrote the first line knows the handler serves signed provider
// events; the second mount, on the same router with nothing in front of
// it, lets anyone post one. Each route is judged by its own middleware.
// So the handler's package exports T15hEventHookFact for an exported
// handler, with no route there, that reads and decodes the body into an
// event, reads no signature, calls no verifier, sends no payment, and
// hands what it decoded (through its own package's helpers, locals,
// fields and decoders) the event's status, state or amount to code of a
// sibling package of the program (a store, a service): what it does is
// out of the model's sight, but it is done on the event's word about
// money (a read receipt's reference handed on is not). A mount of it counts only where the same handler
// is mounted, on the same router, behind a middleware known to verify
// (siblingVerified), the open route names hooks, and nothing at all
// stands in front of it: a route behind middleware we cannot judge, a
// dev-only router of its own (behind a debug flag) or a second verified
// mount stay silent, as does a handler that verifies inside (no fact).

// T15hEventHookFact marks an exported handler that decodes the request's
// body into an event, verifies nothing, and hands the event to the
// program's own code; Why says where ("acts on the event it decoded
// (store.Listings.SetPayoutStatus)").
type T15hEventHookFact struct{ Why string }

// AFact marks T15hEventHookFact as a fact.
func (*T15hEventHookFact) AFact() {}

func (f *T15hEventHookFact) String() string {
	return "unverified event handler beside a verified sibling: " + f.Why
}

// exportEventHooks exports T15hEventHookFact for the handlers no
// other UnverifiedWebhookFact covers (deferWebhooks calls it last).
func (m *Model) exportEventHooks() {
	for _, h := range m.Judged() {
		if h.Func == nil || !h.Func.Exported() || h.Body == nil || m.deployedRoutes(h) > 0 || h.CallsVerifier || h.BodyEvent != "" {
			continue
		}
		if h.oauthResponse() || m.backOfficeNames(h) || !m.readsBody(h.Body) || m.sendsPayment(h.Body) {
			continue
		}
		signed := false
		for _, r := range h.Headers {
			signed = signed || SignatureHeader(r.Name)
		}
		var f UnverifiedWebhookFact
		if signed || m.pass.ImportObjectFact(h.Func, &f) {
			continue
		}
		ev, _ := m.decodedEvent(h.Body)
		if ev == nil {
			continue
		}
		if why := m.t15hHandsOn(h.Fn, ev); why != "" {
			m.pass.ExportObjectFact(h.Func, &T15hEventHookFact{Why: why})
		}
	}
}

// t15hHandsOn: the event fn decodes into a local of type ev reaches, as a
// non-receiver argument, a call of a function of a sibling package of the
// program; that function's name, or "".
func (m *Model) t15hHandsOn(fn *ssa.Function, ev *types.Named) string {
	if fn == nil || fn.Pkg == nil {
		return ""
	}
	path := fn.Pkg.Pkg.Path()
	i := strings.LastIndex(path, "/")
	if i <= 0 {
		return ""
	}
	t := &t15hTaint{pkg: fn.Pkg.Pkg, parent: path[:i+1], seen: map[t15hKey]bool{}}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if a, ok := in.(*ssa.Alloc); ok {
				if p, ok := a.Type().(*types.Pointer); ok && types.Identical(p.Elem(), ev) {
					t.value(a, 0, "")
				}
			}
		}
	}
	return t.found
}

// t15hTaint follows the values made from the decoded event; field is the
// event's status, state or amount field a value carries, "" while none.
type t15hTaint struct {
	pkg    *types.Package
	parent string // the handler package's parent path, with its slash
	seen   map[t15hKey]bool
	found  string
}

type t15hKey struct {
	v     ssa.Value
	field string
}

func (t *t15hTaint) value(v ssa.Value, depth int, field string) {
	k := t15hKey{v, field}
	if t.found != "" || t.seen[k] || v.Referrers() == nil {
		return
	}
	t.seen[k] = true
	for _, in := range *v.Referrers() {
		switch x := in.(type) {
		case *ssa.FieldAddr:
			t.value(x, depth, moneyField(x.X.Type(), x.Field, field))
		case *ssa.Field:
			t.value(x, depth, moneyField(x.X.Type(), x.Field, field))
		case *ssa.UnOp, *ssa.IndexAddr, *ssa.Index, *ssa.Slice, *ssa.Convert,
			*ssa.ChangeType, *ssa.MakeInterface, *ssa.Extract, *ssa.Phi, *ssa.Lookup, *ssa.TypeAssert:
			t.value(x.(ssa.Value), depth, field)
		case *ssa.Store:
			if x.Val == v {
				t.value(t15hRoot(x.Addr), depth, field)
			}
		case *ssa.Call:
			t.call(x.Common(), x, v, depth, field)
		}
	}
}

// moneyField: the name of field i of the struct t (or *t) points to
// when it names a status, a state or an amount (Status, PayoutState,
// AmountMinor); else the field already carried.
func moneyField(t types.Type, i int, carried string) string {
	if carried != "" {
		return carried
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return ""
	}
	n := payment.Fold(st.Field(i).Name())
	if strings.HasSuffix(n, "status") || strings.HasSuffix(n, "state") || strings.HasPrefix(n, "amount") || strings.HasSuffix(n, "amount") {
		return st.Field(i).Name()
	}
	return ""
}

// call: v is an argument (or the receiver) of c, whose result is res.
func (t *t15hTaint) call(c *ssa.CallCommon, res ssa.Value, v ssa.Value, depth int, field string) {
	callee := c.StaticCallee()
	if callee != nil && callee.Pkg != nil && callee.Pkg.Pkg == t.pkg {
		// A helper of the handler's package: follow the argument inside.
		if depth < 2 && len(callee.Blocks) > 0 && len(callee.Params) == len(c.Args) {
			for i, a := range c.Args {
				if a == v {
					t.value(callee.Params[i], depth+1, field)
				}
			}
		}
		return
	}
	var obj *types.Func
	args := c.Args
	switch {
	case c.IsInvoke():
		obj = c.Method
	case callee != nil:
		obj, _ = callee.Object().(*types.Func)
		if callee.Signature.Recv() != nil && len(args) > 0 {
			args = args[1:] // the receiver: ev.Method() is not handing ev on
		}
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != t.pkg && strings.HasPrefix(obj.Pkg().Path(), t.parent) {
		for _, a := range args {
			if a == v && field != "" {
				t.found = "acts on the event it decoded (its " + field + " handed to " + qual(obj) + ")"
				return
			}
		}
		return
	}
	// Anything else (the standard library, an SDK) hands back what it was
	// given: its result, and what a decoder fills.
	t.value(res, depth, field)
	if obj != nil && (strings.HasPrefix(obj.Name(), "Unmarshal") || strings.HasPrefix(obj.Name(), "Decode")) {
		for _, a := range c.Args {
			if mi, ok := a.(*ssa.MakeInterface); ok {
				a = mi.X // json.Unmarshal(raw, &po): po, through the any
			}
			if _, ok := a.Type().Underlying().(*types.Pointer); ok && a != v {
				t.value(t15hRoot(a), depth, field)
			}
		}
	}
}

// t15hRoot is the variable an address points into (&po.Field → po).
func t15hRoot(addr ssa.Value) ssa.Value {
	for i := 0; i < 8; i++ {
		switch x := addr.(type) {
		case *ssa.FieldAddr:
			addr = x.X
		case *ssa.IndexAddr:
			addr = x.X
		default:
			return addr
		}
	}
	return addr
}

// eventHookFact is the fact of fn, a handler of another package known
// only by T15hEventHookFact, as a mount sees it; nil if none.
func (m *Model) eventHookFact(fn *types.Func) *UnverifiedWebhookFact {
	var f T15hEventHookFact
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg || !m.pass.ImportObjectFact(fn, &f) {
		return nil
	}
	return &UnverifiedWebhookFact{Why: f.Why, ByRoute: true}
}

// mountCounts: a mount of a handler known only by T15hEventHookFact
// counts when nothing stands in front of its route, and the same handler
// is mounted on the same router behind a middleware known to verify.
// Other mounts are left to the rules that made them.
func (m *Model) mountCounts(mt *Mount) bool {
	var f UnverifiedWebhookFact
	if m.pass.ImportObjectFact(mt.Func, &f) {
		return true
	}
	r := mt.Route
	if len(r.Middleware) > 0 || len(r.External) > 0 || !hookPath(r) {
		return false
	}
	base := m.routerOf(r)
	if base == nil {
		return false
	}
	for _, o := range m.mounts {
		if o != mt && o.Func == mt.Func && o.Route != nil && m.routerOf(o.Route) == base && m.knownVerifier(o.Route) {
			return true
		}
	}
	return false
}

// routerOf is the router variable a route is registered on, through
// its groups and With chains.
func (m *Model) routerOf(r *Route) *types.Var {
	if r.Call == nil {
		return nil
	}
	sel, ok := ast.Unparen(r.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return m.routerVar(sel.X, 0)
}

func isEventHook(f any) bool {
	_, ok := f.(*T15hEventHookFact)
	return ok
}
