package handler

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- webhookdedupe: effects repeated on every delivery ------------------------

// Dedupe finds the effects of webhook handlers that no duplicate guard
// protects. It summarises the package's functions into EffectFacts,
// exported through the rule's pass (the rule owns the fact types).
type Dedupe struct {
	m     *Model
	pass  *analysis.Pass
	local map[*types.Func]*EffectFact
	// decls: the package's function declarations (the model keeps them
	// only for packages that reach a payment operation; a store or mailer
	// package may not, and its functions are summarised too).
	decls *funcs.Set
	ssaOf *lazySSA
	incr  *payment.StoreIncrements
	// d14ifx judges the interface calls of summaries (ifacesummary.go).
	d14ifx *ifaceFx
	// m16local: the package's setter facts (writeback.go).
	m16local map[*types.Func]*SetterFact
}

// NewDedupe prepares the dedupe engine of a package for the rule's pass.
func NewDedupe(pass *analysis.Pass, m *Model) *Dedupe {
	return &Dedupe{m: m, pass: pass, local: map[*types.Func]*EffectFact{}, decls: funcs.Of(pass), ssaOf: newLazySSA(m),
		incr: payment.NewStoreIncrements(pass)}
}

// Summarize computes the EffectFacts of the package's functions (to a
// fixed point, callers after callees) and exports them.
func (d *Dedupe) Summarize() {
	d.pass.ExportPackageFact(&EffectsModeledFact{})
	d.exportSetters() // writeback.go
	fds, objs := declsInOrder(d.decls)
	for round := 0; round < 4; round++ {
		changed := false
		for i, fd := range fds {
			f := d.summary(fd)
			if old := d.local[objs[i]]; (old == nil) != (f == nil) || old != nil && *old != *f {
				d.local[objs[i]], changed = f, true
				if f == nil {
					delete(d.local, objs[i])
				}
			}
		}
		if !changed {
			break
		}
	}
	for i := range fds {
		if f := d.local[objs[i]]; f != nil {
			d.pass.ExportObjectFact(objs[i], f)
		}
	}
}

func declsInOrder(decls *funcs.Set) ([]*ast.FuncDecl, []*types.Func) {
	var fds []*ast.FuncDecl
	var objs []*types.Func
	for _, d := range decls.Bodies() {
		fds, objs = append(fds, d.Syntax), append(objs, d.Func)
	}
	sortByPos(fds, objs)
	return fds, objs
}

// summary: the first effect of fd that no guard inside it protects.
func (d *Dedupe) summary(fd *ast.FuncDecl) *EffectFact {
	effects := d.ifaceEffects(fd.Body, d.effects(fd.Body)) // ifacesummary.go
	effects = d.dupKeyClaimed(fd.Body, effects)            // dupkeyclaim.go: an insert answering its duplicate key
	effects = d.withoutAlerts(fd, effects)                 // alertsender.go: the merchant's own operations channel
	if len(effects) == 0 {
		effects = d.senderEffects(fd) // mailsender.go: a mail sender over HTTP or a Google API
	}
	if len(effects) == 0 {
		if d.m.idempotentOnly(fd.Body) {
			return &EffectFact{Cleared: true}
		}
		if directive.OnFunc(fd, directive.Fulfillment) && fulfilVerb(fd.Name.Name) {
			// Marked as a fulfilment, named as handing over goods (not
			// activating or marking a state), and nothing inside says
			// otherwise.
			return &EffectFact{Repeat: "", Kind: Fulfil, Cleared: false, Self: true}
		}
		return nil
	}
	fn := d.ssaOf.of(fd)
	if fn == nil {
		return &EffectFact{Cleared: true} // cannot judge its guards: stay silent
	}
	var seeds []ssa.Value
	for _, p := range fn.Params {
		if eventLike(p.Type()) {
			seeds = append(seeds, p)
		}
	}
	effects = d.m.withoutKeyedInserts(fn, seeds, effects) // uniquekey.go: a row keyed by the delivery's id
	g := d.m.guards(fn, seeds)
	absent := d.m.absentRowTest(fn, seeds) // existence.go
	for _, e := range effects {
		if !d.m.guardedAt(fn, e.Node, g) && !absent(e.Node) {
			return &EffectFact{Repeat: e.Desc, Kind: e.Kind}
		}
	}
	return &EffectFact{Cleared: true}
}

// Unguarded returns the effects of webhook handler h that no duplicate
// guard protects, in source order.
func (d *Dedupe) Unguarded(h *Handler) []Effect {
	if h.Fn == nil {
		return nil
	}
	return d.unguardedIn(h, d.dupKeyClaimed(h.Body, d.effects(h.Body))) // dupkeyclaim.go
}

// unguardedIn keeps the effects of es that no duplicate guard of h
// protects: Unguarded's test, also for the effects behind interface
// calls (ifacefx.go).
func (d *Dedupe) unguardedIn(h *Handler, es []Effect) []Effect {
	if h.Fn == nil || len(es) == 0 {
		return nil
	}
	var seeds []ssa.Value
	for _, p := range h.Fn.Params {
		// The request, or the event an SDK hands its callback after
		// verifying it (cls_sdkfed.go): values derived from it are the
		// delivery's, not stored state.
		if requestType(p.Type()) || h.Framework == SDKCallback {
			seeds = append(seeds, p)
		}
	}
	es = d.m.withoutKeyedInserts(h.Fn, seeds, es) // uniquekey.go: a row keyed by the delivery's id
	g := d.m.guards(h.Fn, seeds)
	absent := d.m.absentRowTest(h.Fn, seeds) // existence.go
	var out []Effect
	for _, e := range es {
		if !d.m.guardedAt(h.Fn, e.Node, g) && !absent(e.Node) {
			out = append(out, e)
		}
	}
	return out
}

// effects lists the repeated effects in body, in source order.
func (d *Dedupe) effects(body *ast.BlockStmt) []Effect {
	var out []Effect
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if e, ok := d.callEffect(x); ok {
				out = append(out, e)
			} else if e, ok := d.writeBack(x, body); ok { // writeback.go
				out = append(out, e)
			}
		case *ast.AssignStmt:
			if d.m.incrementStmt(x, body) {
				out = append(out, Effect{Node: x, Kind: Credit, Desc: types.ExprString(x.Lhs[0]) + " += …"})
			} else if e, ok := d.assign(x, body); ok { // stock.go, extend.go
				out = append(out, e)
			}
		}
		return true
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Node.Pos() < out[j].Node.Pos() })
	return out
}

// callEffect classifies one call: through the callee's EffectFact when
// its body was summarised, else by what the payment model recognised.
func (d *Dedupe) callEffect(call *ast.CallExpr) (Effect, bool) {
	fn := d.m.calleeFunc(call)
	if fn != nil {
		fn = fn.Origin()
	}
	if f := d.fact(fn); f != nil {
		switch {
		case f.Self:
			return Effect{Node: call, Kind: f.Kind, Desc: qual(fn)}, true
		case f.Repeat == "":
			return Effect{}, false
		}
		return Effect{Node: call, Kind: f.Kind, Desc: qual(fn) + ": " + f.Repeat}, true
	}
	op := d.m.info.Of(call)
	if op != nil && op.Via != nil && d.modeled(fn) {
		return Effect{}, false // its body was summarised and repeats nothing
	}
	k := d.m.directEffect(call, fn, op)
	if k == 0 {
		if e, ok := d.write(call, fn); ok { // writes.go: sent by a query method, or its text held in a local
			return e, true
		}
		return d.storeCredit(call, fn)
	}
	desc := qual(fn)
	if op != nil && op.Desc != "" {
		desc = op.Desc
	}
	return Effect{Node: call, Kind: k, Desc: desc}, true
}

func (d *Dedupe) fact(fn *types.Func) *EffectFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() == d.pass.Pkg {
		return d.local[fn]
	}
	f := new(EffectFact)
	if d.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// modeled: fn's body was summarised (this package, or a package the
// rule ran on).
func (d *Dedupe) modeled(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg() == d.pass.Pkg {
		return d.decls.Syntax(fn) != nil
	}
	return d.pass.ImportPackageFact(fn.Pkg(), new(EffectsModeledFact))
}

// idempotentOnly: body stores a state (a status field set to a constant,
// a paid-state write that is not an increment or insert) and calls no
// external API: repeating it changes nothing.
func (m *Model) idempotentOnly(body *ast.BlockStmt) bool {
	state, external := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if m.statusAssign(x) {
				state = true
			}
		case *ast.CallExpr:
			fn := m.calleeFunc(x)
			op := m.info.Of(x)
			switch {
			case op != nil && op.Kind.Has(payment.StateWrite) && m.directEffect(x, fn, op) == 0:
				state = true
			case op != nil && op.Kind.Any(payment.Write|payment.StatusRead), httpSend(fn):
				external = true
			}
		}
		return true
	})
	return state && !external
}

// statusAssign: o.Status = StatusFulfilled (a field named status or state
// set to a constant).
func (m *Model) statusAssign(as *ast.AssignStmt) bool {
	if len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || hasWord(sharedWords(sel.Sel.Name), "status", "state") == "" {
			continue
		}
		if _, ok := m.constString(as.Rhs[i]); ok {
			return true
		}
	}
	return false
}

// qual names a function in messages: orders.Store.Fulfill.
func qual(fn *types.Func) string {
	if fn == nil {
		return "call"
	}
	name := funcName(fn)
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// lazySSA gives the SSA function of a declaration: the model's, or the
// package's SSA built on first need when the model did not build it.
type lazySSA struct{ m *Model }

func newLazySSA(m *Model) *lazySSA { return &lazySSA{m: m} }

func (l *lazySSA) of(fd *ast.FuncDecl) *ssa.Function {
	if fn := l.m.fnOf[fd]; fn != nil {
		return fn
	}
	return l.m.ssa.of(l.m.pass)[fd]
}

// PaymentWebhook reports whether webhook handler h is a payment
// provider's: it performs or reaches a payment operation, calls a
// provider SDK, or a route or its name names a payment or a provider.
func (m *Model) PaymentWebhook(h *Handler) bool {
	if ops := m.info.Within(h.Body); len(ops) > 0 && !namedFulfilmentsOnly(h, ops) { // codehost.go
		return true
	}
	if hasWord(sharedWords(h.Name), paymentWords...) != "" {
		return true
	}
	for _, r := range h.Routes {
		if hasWord(sharedWords(r.Path), paymentWords...) != "" {
			return true
		}
	}
	sdk := false
	ast.Inspect(h.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && !sdk {
			if fn := m.calleeFunc(c); fn != nil && sdkPath(pkgOf(fn)) {
				sdk = true
			}
		}
		return !sdk
	})
	return sdk
}
