package handler

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
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
	m     *Model
	d     *Dedupe
	a     *Ack
	pkgs  []*types.Package // this package, then the summarised dependencies
	cache map[implKey][]*types.Func
	wires []wire // built on first need
	wired bool
	pass  *analysis.Pass
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
// fulfil, credit, insert a payment row or write to the provider.
func (fx *ifaceFx) paymentEffect(h *Handler) bool {
	for _, c := range fx.m.ifaceCalls(h.Body) {
		if k, _ := fx.m.localIfaceEffect(c); k != 0 {
			return true
		}
		if e, ok := fx.repeat(c); ok && e.Kind != Mail {
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
		}
	}
	out = append(out, fx.d.unguardedIn(h, extra)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Node.Pos() < out[j].Node.Pos() })
	return out
}

// unguardedIn keeps the effects of es that no duplicate guard of h
// protects (the guard test of Unguarded).
func (d *Dedupe) unguardedIn(h *Handler, es []Effect) []Effect {
	if h.Fn == nil || len(es) == 0 {
		return nil
	}
	var seeds []ssa.Value
	for _, p := range h.Fn.Params {
		if requestType(p.Type()) {
			seeds = append(seeds, p)
		}
	}
	g := d.m.guards(h.Fn, seeds)
	var out []Effect
	for _, e := range es {
		if !d.m.guardedAt(h.Fn, e.Node, g) {
			out = append(out, e)
		}
	}
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
	impls := fx.impls(c)
	if len(impls) == 0 || fx.a.verifies(c.Method) {
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

// firstBefore is the first of slow made before h answers (one payment
// status read allowed), as Before decides it.
func (a *Ack) firstBefore(h *Handler, slow []Slow) (*Slow, Answer) {
	reads := 0
	for _, s := range slow {
		if s.StatusRead {
			reads++
		}
	}
	writes, flushes := a.m.answers(h.Fn)
	for i := range slow {
		s := &slow[i]
		if s.StatusRead && reads == 1 {
			continue
		}
		in := a.m.instrNear(h.Fn, s.Node)
		if in == nil || anyPrecedes(flushes, in) {
			continue
		}
		if anyPrecedes(writes, in) {
			return s, Buffered
		}
		return s, NotAnswered
	}
	return nil, NotAnswered
}

// ---- which implementations a package wires -----------------------------------
//
// A dependency's type counts as an implementation of an interface only
// when something says it is one: this package stores, passes or returns
// it where the interface is expected (&Handler{uc: usecase.New(repo)}),
// it is declared beside the interface, or its package imports the
// interface's package. A type that only happens to have the method (a
// small interface and an unrelated service) does not count.

// wire is a concrete type this package hands over as an interface.
type wire struct {
	iface *types.Interface
	impl  *types.Named
}

// wiresOf collects the wires of the package's files.
func wiresOf(info *types.Info, files []*ast.File) []wire {
	var out []wire
	add := func(dst types.Type, src ast.Expr) {
		if dst == nil || src == nil {
			return
		}
		it, ok := dst.Underlying().(*types.Interface)
		if !ok || it.NumMethods() == 0 {
			return
		}
		t := info.TypeOf(src)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && !types.IsInterface(n) {
			out = append(out, wire{iface: it, impl: n})
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				if len(x.Lhs) == len(x.Rhs) {
					for i := range x.Lhs {
						add(info.TypeOf(x.Lhs[i]), x.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if x.Type != nil {
					for _, v := range x.Values {
						add(info.TypeOf(x.Type), v)
					}
				}
			case *ast.CompositeLit:
				wireLiteral(info, x, add)
			case *ast.CallExpr:
				if sig, ok := info.TypeOf(x.Fun).(*types.Signature); ok {
					for i, a := range x.Args {
						if i < sig.Params().Len() {
							add(sig.Params().At(i).Type(), a)
						}
					}
				}
			case *ast.FuncDecl:
				wireReturns(info, x.Type, x.Body, add)
			case *ast.FuncLit:
				wireReturns(info, x.Type, x.Body, add)
			}
			return true
		})
	}
	return out
}

// wireLiteral: the keyed fields of a struct literal.
func wireLiteral(info *types.Info, lit *ast.CompositeLit, add func(types.Type, ast.Expr)) {
	if _, ok := info.TypeOf(lit).Underlying().(*types.Struct); !ok {
		return
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok {
					add(f.Type(), kv.Value)
				}
			}
		}
	}
}

// wireReturns: the values a function returns as its declared results
// (function literals inside are visited on their own).
func wireReturns(info *types.Info, ft *ast.FuncType, body *ast.BlockStmt, add func(types.Type, ast.Expr)) {
	if body == nil || ft.Results == nil {
		return
	}
	var results []types.Type
	for _, f := range ft.Results.List {
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		for i := 0; i < n; i++ {
			results = append(results, info.TypeOf(f.Type))
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) == len(results) {
				for i, r := range x.Results {
					add(results[i], r)
				}
			}
		}
		return true
	})
}

// designated: impl (a method of a dependency's type) counts for c: the
// package wires its type as c's interface, or the type is declared beside
// the interface, or its package imports the interface's package.
func (fx *ifaceFx) designated(c ifaceCall, impl *types.Func) bool {
	if impl.Pkg() == fx.pkgs[0] {
		return true // this package's own type
	}
	sig, _ := impl.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n == nil {
		return false
	}
	if !fx.wired {
		fx.wired, fx.wires = true, wiresOf(fx.pass.TypesInfo, fx.pass.Files)
	}
	for _, w := range fx.wires {
		if w.impl.Origin() == n.Origin() && types.Identical(w.iface, c.Iface) {
			return true
		}
	}
	ip := c.Method.Pkg()
	if ip == nil {
		return false
	}
	if impl.Pkg() == ip {
		return true
	}
	for _, p := range impl.Pkg().Imports() {
		if p == ip {
			return true
		}
	}
	return false
}
