package handler

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- interface calls for webhookdedupe and webhookack ---------------------------
//
// A webhook's use case behind an interface repeats what its
// implementations repeat and is as slow as they are: the call is judged
// by the summaries (EffectFact, SlowFact) of the implementations the
// package can see (ifaceeffects.go). Every visible implementation must
// agree; an implementation the rule cannot see into keeps it silent.

// ifaceFx resolves interface calls through implementation summaries.
type ifaceFx struct {
	m         *Model
	d         *Dedupe
	a         *Ack
	pkgs      []*types.Package // this package, then the summarised dependencies
	cache     map[implKey][]*types.Func
	wires     []payment.Wire // built on first need
	wired     bool
	pass      *analysis.Pass
	sibWiring *wiring // the bindings of other packages' handler types, for siblingbound.go
	own       *wiring // the bindings of this package's own types, for ownbound.go
}

// implKey: a method of an interface (an embedded method is shared by
// interfaces with different implementers).
type implKey struct {
	fn    *types.Func
	iface *types.Interface
}

// newIfaceFx: the implementations visible are those of this package and
// of the dependencies the rules summarised (a package fact says so: a
// method without a fact there has no effect).
func newIfaceFx(pass *analysis.Pass, m *Model, d *Dedupe, a *Ack) *ifaceFx {
	fx := &ifaceFx{m: m, d: d, a: a, pkgs: []*types.Package{pass.Pkg}, cache: map[implKey][]*types.Func{}}
	var deps []*types.Package
	for _, f := range pass.AllPackageFacts() {
		if f.Package != pass.Pkg && !containsPkg(deps, f.Package) {
			deps = append(deps, f.Package)
		}
	}
	sort.Slice(deps, func(i, j int) bool { return deps[i].Path() < deps[j].Path() })
	fx.pkgs = append(fx.pkgs, deps...)
	fx.pass = pass
	return fx
}

func containsPkg(ps []*types.Package, p *types.Package) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

// impls are the visible implementations of c's method.
func (fx *ifaceFx) impls(c ifaceCall) []*types.Func {
	key := implKey{c.Method, c.Iface}
	if out, ok := fx.cache[key]; ok {
		return out
	}
	var out []*types.Func
	for _, p := range fx.pkgs {
		for _, fn := range implsIn(p, c) {
			if fx.designated(c, fn) {
				out = append(out, fn)
			}
		}
	}
	fx.cache[key] = out
	return out
}

// repeat is the repeated effect of c: every visible implementation
// repeats one (the first's is described); ok false otherwise.
func (fx *ifaceFx) repeat(c ifaceCall) (Effect, bool) {
	impls := fx.impls(c)
	if len(impls) == 0 {
		return Effect{}, false
	}
	var first Effect
	for i, fn := range impls {
		f := fx.d.fact(fn)
		if f == nil || !f.Self && f.Repeat == "" {
			return Effect{}, false
		}
		if i == 0 {
			desc := qual(c.Method) + " (" + qual(fn) + ")"
			if !f.Self {
				desc += ": " + f.Repeat
			}
			first = Effect{Node: c.Call, Kind: f.Kind, Desc: desc}
		}
	}
	return first, true
}

// cleared: every visible implementation of c was summarised and repeats
// nothing (an idempotent state write, a guarded effect, no effect).
func (fx *ifaceFx) cleared(c ifaceCall) bool {
	impls := fx.impls(c)
	for _, fn := range impls {
		if f := fx.d.fact(fn); f != nil && (f.Self || f.Repeat != "") || f == nil && !fx.d.modeled(fn) {
			return false
		}
	}
	return len(impls) > 0
}

// paymentEffect: h calls an interface whose visible implementations
// fulfil, credit, insert a payment row or write to the provider, or one
// that credits the event's amount with no visible implementation in a
// webhook whose event type names a payment (abstract.go).
func (fx *ifaceFx) paymentEffect(h *Handler) bool {
	for _, c := range fx.m.ifaceCalls(h.Body) {
		if k, _ := fx.m.localIfaceEffect(c); k != 0 {
			return true
		}
		if e, ok := fx.repeat(c); ok && e.Kind.confirmsPay() {
			return true
		}
		if _, ok := fx.abstractCredit(h, c); ok {
			return true
		}
	}
	return false
}

// unguarded is Dedupe.Unguarded with interface calls judged by their
// implementations: an effect named by the method but cleared by every
// implementation is dropped; an implementation's repeated effect is
// added at the call, unless a duplicate guard protects it.
func (fx *ifaceFx) unguarded(h *Handler) []Effect {
	byName := fx.d.Unguarded(h)
	at := map[ast.Node]bool{}
	var out []Effect
	for _, e := range byName {
		at[e.Node] = true
		if call, ok := e.Node.(*ast.CallExpr); ok {
			if c, ok := fx.m.ifaceCallOf(call); ok && fx.cleared(c) {
				continue
			}
		}
		out = append(out, e)
	}
	var extra []Effect
	for _, c := range fx.m.ifaceCalls(h.Body) {
		if at[c.Call] {
			continue
		}
		if e, ok := fx.repeat(c); ok {
			extra = append(extra, e)
		} else if e, ok := fx.abstractCredit(h, c); ok {
			extra = append(extra, e)
		}
	}
	out = append(out, fx.d.unguardedIn(h, extra)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Node.Pos() < out[j].Node.Pos() })
	return out
}

// slows are the interface calls of h made synchronously whose every
// visible implementation does slow work.
func (fx *ifaceFx) slows(h *Handler) []Slow {
	var out []Slow
	ast.Inspect(h.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			return false // handed to a goroutine or a job
		case *ast.CallExpr:
			if c, ok := fx.m.ifaceCallOf(x); ok {
				if s, ok := fx.slow(c); ok {
					out = append(out, s)
				}
			}
		}
		return true
	})
	return out
}

func (fx *ifaceFx) slow(c ifaceCall) (Slow, bool) {
	if fx.a.verifies(c.Method) {
		return Slow{}, false
	}
	if s, resolved, slow := fx.boundSlow(c); resolved { // ownbound.go: the field's bindings here
		return s, slow
	}
	impls := fx.impls(c)
	if len(impls) == 0 {
		return Slow{}, false
	}
	var first Slow
	for i, fn := range impls {
		f := fx.a.fact(fn)
		if f == nil {
			return Slow{}, false
		}
		if i == 0 {
			first = Slow{Node: c.Call, Desc: "calls " + qual(c.Method) + " (" + qual(fn) + "), which " + f.Desc, StatusRead: f.StatusRead}
		}
	}
	return first, true
}

// before is Ack.Before over h's slow calls and its interface calls
// judged by their implementations.
func (fx *ifaceFx) before(h *Handler) (*Slow, Answer) {
	if h.Fn == nil {
		return nil, NotAnswered
	}
	slow := fx.a.slowIn(h.Body)
	at := map[ast.Node]bool{}
	for _, s := range slow {
		at[s.Node] = true
	}
	for _, s := range fx.slows(h) {
		if !at[s.Node] {
			slow = append(slow, s)
		}
	}
	sort.SliceStable(slow, func(i, j int) bool { return slow[i].Node.Pos() < slow[j].Node.Pos() })
	return fx.a.firstBefore(h, slow)
}

// designated: impl (a method of a dependency's type) counts for c: the
// package wires its type as c's interface, or the type is declared beside
// the interface, or its package imports the interface's package.
func (fx *ifaceFx) designated(c ifaceCall, impl *types.Func) bool {
	if !fx.wired {
		fx.wired, fx.wires = true, payment.Wires(fx.pass.TypesInfo, fx.pass.Files)
	}
	return payment.Designated(fx.wires, c.Iface, c.Method.Pkg(), fx.pkgs[0], impl)
}

// abstractCredit: c credits the event's amount through an interface
// whose implementation neither this package nor a summarised dependency
// shows (abstract.go): repeated on every delivery.
func (fx *ifaceFx) abstractCredit(h *Handler, c ifaceCall) (Effect, bool) {
	if len(fx.impls(c)) > 0 || fx.m.info.Of(c.Call) != nil || !fx.m.unseenImpl(c) || !fx.m.abstractHook(h) {
		return Effect{}, false
	}
	if e, ok := fx.m.abstractEffect(h, c, true, false); ok && e.Kind == absCredit {
		return Effect{Node: c.Call, Kind: Credit, Desc: e.Desc}, true
	}
	return Effect{}, false
}
