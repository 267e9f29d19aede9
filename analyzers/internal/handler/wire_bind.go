package handler

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- use cases wired in another package: the binding side ---------------------
//
// The package that builds the handler (&hooks.Handler{Svc: store},
// hooks.New(wallet.NewPurchases(db))) sees the implementation bound to
// each field the handler's wired calls go through (wire_facts.go), and
// its summaries: PayEffectFact (it acts on the payment), EffectFact (it
// repeats an effect), SlowFact (it is slow). A call is judged only when
// every binding of the field in this package (outside tests, test doubles
// aside) is a concrete type whose method agrees; a binding this package
// cannot resolve (an interface value, a positional literal it cannot
// read) keeps it silent.

// Wired are the findings of the binding package.
type Wired struct {
	// Mounts: pending webhooks mounted here with no verifying middleware
	// whose bound use case acts on the payment; Why for the message.
	Mounts []WiredMount
	// Repeats: an unguarded wired call whose bound implementation repeats
	// an effect, at the binding.
	Repeats []Effect
	// Slow: a wired call made before the answer whose bound
	// implementation is slow, at the binding.
	Slow []WiredSlow
	// Weak: a wired call made under a check that fails open or is
	// skipped, whose bound implementation acts on the payment, at the
	// binding (wiredweak.go).
	Weak []WiredWeak
}

// WiredMount is a mount of a pending webhook whose use case acts on the payment.
type WiredMount struct {
	Mount *Mount
	Why   string
}

// WiredSlow is a slow wired call, reported at its binding.
type WiredSlow struct {
	Slow      Slow
	Answer    Answer
	Framework Framework
}

// binding is one value this package gives a handler type's field.
type binding struct {
	expr ast.Expr
	typ  types.Type // the value's concrete type; nil if not resolved
}

// wiring judges the wired calls of the handler types this package builds.
type wiring struct {
	fx    *ifaceFx
	binds map[bindKey][]binding
	facts map[*types.TypeName]*WireFact
	types []*types.Named // handler types with a WireFact built here, in order
	// standIn: the facts of stand-in methods (ctormethods.go).
	standIn map[*types.Func]CtorMethod
	// own: the bindings of this package's own types (ownbound.go).
	own bool
}

type bindKey struct {
	t     *types.Named
	field string
}

// exportPayEffects marks the package's methods that fulfil or store a
// paid state, for the packages binding them as a webhook's use case or a
// return page's port. A method whose every fulfilment waits for the
// provider's verdict (GuardedFact.Status: a status read, or the answer of
// its own capture or confirmation, compared with a paid value — PayPal's
// capture COMPLETED, a PaymentIntent confirmed succeeded) settles only
// what the provider says is paid: bound to a return page or a webhook it
// is the "fetch it back" form, not an unchecked grant.
func (fx *ifaceFx) exportPayEffects() {
	fx.exportPorts()       // wire_ports.go
	fx.exportCtorMethods() // ctormethods.go: the methods' facts of a type the export data lacks
	fx.d12ExportPorts()    // uselevel.go: a use case's own port calls
	for fn, f := range fx.m.info.Wrappers {
		sig, _ := fn.Type().(*types.Signature)
		if sig != nil && sig.Recv() != nil && fn.Exported() && f.Kind.Any(payment.Fulfillment|payment.StateWrite) {
			if g := fx.m.guardedFact(fn); g != nil && g.Status {
				continue
			}
			fx.pass.ExportObjectFact(fn, &PayEffectFact{Desc: f.Desc})
		}
	}
}

func (fx *ifaceFx) payEffect(fn *types.Func) *PayEffectFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == fx.pass.Pkg {
		return nil
	}
	f := new(PayEffectFact)
	if fx.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// wiredFindings computes the binding package's findings.
func (fx *ifaceFx) wiredFindings() *Wired {
	w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}}
	w.collect()
	out := &Wired{}
	for _, mt := range fx.m.wiredMounts() {
		if why := w.mountWhy(mt); why != "" {
			out.Mounts = append(out.Mounts, WiredMount{Mount: mt, Why: why})
		}
	}
	for _, t := range w.types {
		w.judge(t, out)
		w.judgeWeak(t, out) // wiredweak.go
	}
	out.Repeats = append(out.Repeats, w.fp15wGates()...) // usecasegate.go
	return out
}

// collect gathers the bindings of other packages' handler types: keyed
// fields of composite literals, and arguments of their constructors.
func (w *wiring) collect() {
	pass := w.fx.pass
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue // a test's fake wiring deploys nothing
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t := w.handlerType(pass.TypesInfo.TypeOf(x)); t != nil {
					w.literal(t, x)
				}
			case *ast.CallExpr:
				w.constructor(x, w.binder(x)) // wire_ports.go
			}
			return true
		})
	}
}

// handlerType: t (or *t) is a named type of another package carrying a
// WireFact.
func (w *wiring) handlerType(t types.Type) *types.Named {
	if w.own {
		return w.ownType(t) // ownbound.go
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg() == w.fx.pass.Pkg {
		return nil
	}
	if f, seen := w.facts[n.Obj()]; seen {
		if f == nil {
			return nil
		}
		return n
	}
	f := new(WireFact)
	if !w.fx.pass.ImportObjectFact(n.Obj(), f) {
		f = nil
	}
	w.facts[n.Obj()] = f
	if f != nil {
		w.types = append(w.types, n)
		return n
	}
	return nil
}

func (w *wiring) literal(t *types.Named, lit *ast.CompositeLit) {
	st, _ := t.Underlying().(*types.Struct)
	for i, e := range lit.Elts {
		switch kv := e.(type) {
		case *ast.KeyValueExpr:
			if id, ok := kv.Key.(*ast.Ident); ok {
				w.add(t, id.Name, kv.Value)
			}
		default:
			if st != nil && i < st.NumFields() {
				w.add(t, st.Field(i).Name(), e)
			}
		}
	}
}

// constructor: call is a function of a handler type's package returning
// the type (New(secret, p PurchaseService) *Handler); each field a wired
// call goes through is bound by the one parameter of the field's type,
// unless binder bound it from what the function stores.
func (w *wiring) constructor(call *ast.CallExpr, bound map[bindKey]bool) {
	pass := w.fx.pass
	fn := w.fx.m.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil || sig.Results().Len() == 0 || sig.Variadic() {
		return
	}
	t := w.handlerType(sig.Results().At(0).Type())
	if t == nil || t.Obj().Pkg() != fn.Pkg() {
		return
	}
	for _, field := range w.fieldsOf(t) {
		fv := structField(t, field)
		if fv == nil || bound[bindKey{t, field}] {
			continue // bound by the parameter the function stores (binder)
		}
		idx := -1
		for i := 0; i < sig.Params().Len(); i++ {
			if types.Identical(sig.Params().At(i).Type(), fv.Type()) {
				if idx >= 0 {
					idx = -2 // two parameters of the type: cannot tell which
				} else if idx == -1 {
					idx = i
				}
			}
		}
		switch {
		case idx >= 0 && idx < len(call.Args):
			w.add(t, field, call.Args[idx])
		case idx == -2:
			w.binds[bindKey{t, field}] = append(w.binds[bindKey{t, field}], binding{expr: call})
		}
	}
}

// fieldsOf are the fields t's wired calls go through.
func (w *wiring) fieldsOf(t *types.Named) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range w.facts[t.Obj()].Calls {
		if !seen[c.Field] {
			seen[c.Field] = true
			out = append(out, c.Field)
		}
	}
	return out
}

func structField(t *types.Named, name string) *types.Var {
	obj, _, _ := types.LookupFieldOrMethod(t, false, t.Obj().Pkg(), name)
	v, _ := obj.(*types.Var)
	if v == nil || !v.IsField() {
		return nil
	}
	return v
}

// add records e bound to t's field, with its concrete type when known
// (through one local variable's initialiser); test doubles are skipped.
func (w *wiring) add(t *types.Named, field string, e ast.Expr) {
	typ := w.concrete(e)
	if typ != nil {
		if n := namedOf(typ); n != nil && payment.IsTestDouble(n) {
			return
		}
	}
	w.binds[bindKey{t, field}] = append(w.binds[bindKey{t, field}], binding{expr: e, typ: typ})
}

func (w *wiring) concrete(e ast.Expr) types.Type {
	info := w.fx.pass.TypesInfo
	t := info.TypeOf(e)
	if t != nil && !types.IsInterface(t) {
		return t
	}
	if rt := w.returned(e); rt != nil { // a constructor returning the interface
		return rt
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok {
			if init := w.fx.m.initOf(v); init != nil {
				if it := info.TypeOf(init); it != nil && !types.IsInterface(it) {
					return it
				}
				return w.returned(init)
			}
		}
	}
	return nil
}

func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// impls are the methods the bindings of t's field give method, and the
// first binding's expression; ok false when one binding is not resolved.
func (w *wiring) impls(t *types.Named, field, method string) ([]*types.Func, ast.Expr, bool) {
	bs := w.binds[bindKey{t, field}]
	if len(bs) == 0 {
		return nil, nil, false
	}
	var out []*types.Func
	for _, b := range bs {
		if method == "" { // a func-typed field: the function bound (funcfield.go)
			fn := boundFunc(w.fx.pass.TypesInfo, b.expr)
			if fn == nil {
				return nil, nil, false
			}
			out = append(out, fn)
			continue
		}
		if b.typ == nil {
			return nil, nil, false
		}
		obj, _, _ := types.LookupFieldOrMethod(b.typ, true, nil, method)
		fn, _ := obj.(*types.Func)
		if fn == nil {
			return nil, nil, false
		}
		out = append(out, fn)
	}
	return out, bs[0].expr, true
}

// payImpls: every binding's method acts on the payment; the first's fact.
func (w *wiring) payImpls(t *types.Named, c WireCall) (*types.Func, *PayEffectFact) {
	fns, _, ok := w.impls(t, c.Field, c.Method)
	if !ok {
		return nil, nil
	}
	var first *PayEffectFact
	for _, fn := range fns {
		f := w.fx.payEffect(fn)
		if f == nil {
			f = w.ctorMethod(fn).Pay // ctormethods.go
		}
		if f == nil {
			f = w.payEffect(fn) // uselevel.go: through its ports bound here
		}
		if f == nil {
			f = w.statusEffect(fn, c) // statusconst.go: the handler's paid constant, stored (c15h)
		}
		if f == nil {
			return nil, nil
		}
		if first == nil {
			first = f
		}
	}
	return fns[0], first
}

// mountWhy: what the mounted pending webhook does unverified, through a
// use case bound here that acts on the payment; "" if not.
func (w *wiring) mountWhy(mt *Mount) string {
	_, t := handlerRecv(&Handler{Func: mt.Func})
	if t == nil || w.handlerType(t) == nil {
		return "" // no binding of its type here
	}
	for _, c := range mt.Fact.Wired {
		if fn, f := w.payImpls(t, c); fn != nil {
			return "acts on the payment through " + c.Desc + " (" + c.At + "), which " + qual(fn) + ", bound here, performs (" + f.Desc + ")"
		}
	}
	return ""
}

// judge adds the findings of t's wired calls: a pending handler counts
// only when one of its calls is bound to a use case acting on the payment
// (a paid state or fulfilment, or an effect repeated on every call).
func (w *wiring) judge(t *types.Named, out *Wired) {
	calls := w.facts[t.Obj()].Calls
	confirmed := map[string]bool{}
	for _, c := range calls {
		if c.Aside && c.Pending {
			continue // a call not handed the event says nothing of the payment
		}
		if c.ByRoute && !w.mountedAsHook(t, handlerMethod(c)) && !w.mountedElsewhere(t, handlerMethod(c)) && !w.servesNotice(t, c) { // hookmount.go, molliehook.go
			continue // a webhook only where mounted as one (routehook.go)
		}
		if c.Pending && w.signedHook(t, handlerMethod(c)) {
			confirmed[c.Handler] = true // a provider's signed hook route (signedmount.go)
			continue
		}
		if !c.Pending {
			confirmed[c.Handler] = true
		} else if fn, _ := w.payImpls(t, c); fn != nil {
			confirmed[c.Handler] = true
		} else if fns, at, ok := w.impls(t, c.Field, c.Method); ok {
			// A use case that credits, inserts a payment row or ships on
			// every call makes a webhook a payment provider's (as
			// ifaceFx.paymentEffect does in the handler's package).
			if e, ok := w.repeat(c, fns, at); ok && e.Kind.confirmsPay() {
				confirmed[c.Handler] = true
			}
		}
	}
	done := map[string]bool{}
	for _, c := range calls {
		if !confirmed[c.Handler] {
			continue
		}
		fns, at, ok := w.impls(t, c.Field, c.Method)
		if !ok {
			continue
		}
		key := c.Handler + "." + c.Field + "." + c.Method
		if c.Unguarded && !done["d"+key] {
			if e, ok := w.repeat(c, fns, at); ok {
				done["d"+key] = true
				out.Repeats = append(out.Repeats, e)
			}
		}
		if c.Before && !done["a"+key] {
			if s, ok := w.slow(c, fns, at); ok && !w.d18SoleRead(t, calls, c, s) && !w.w24SoleRead(t, calls, c, s) { // hookmount.go, soleread.go
				done["a"+key] = true
				out.Slow = append(out.Slow, WiredSlow{Slow: s, Answer: c.Answer, Framework: c.Framework})
			}
		}
	}
	sort.SliceStable(out.Repeats, func(i, j int) bool { return out.Repeats[i].Node.Pos() < out.Repeats[j].Node.Pos() })
}

func (w *wiring) repeat(c WireCall, fns []*types.Func, at ast.Expr) (Effect, bool) {
	var first *EffectFact
	for _, fn := range fns {
		f := w.fx.d.fact(fn)
		if f == nil {
			f = w.ctorMethod(fn).Effect // ctormethods.go
		}
		if f == nil {
			f = w.portRepeat(fn) // useport.go: through its port bound here
		}
		if f == nil || !f.Self && f.Repeat == "" {
			return Effect{}, false
		}
		if first == nil {
			first = f
		}
	}
	desc := c.Handler + " calls " + c.Desc + " (" + c.At + "), bound here to " + qual(fns[0])
	if !first.Self {
		desc += ": " + first.Repeat
	}
	return Effect{Node: at, Kind: first.Kind, Desc: desc}, true
}

func (w *wiring) slow(c WireCall, fns []*types.Func, at ast.Expr) (Slow, bool) {
	first := w.slowFacts(fns)
	if first == nil {
		return Slow{}, false
	}
	desc := "calls " + c.Desc + " (" + c.At + ", in " + c.Handler + "), bound here to " + qual(fns[0]) + ", which " + first.Desc
	return Slow{Node: at, Desc: desc, StatusRead: first.StatusRead}, true
}

// slowFacts is the SlowFact of the first of fns when every one is slow
// (its own fact, or a stand-in's, ctormethods.go); nil otherwise.
func (w *wiring) slowFacts(fns []*types.Func) *SlowFact {
	var first *SlowFact
	for _, fn := range fns {
		f := w.fx.a.fact(fn)
		if f == nil {
			f = w.ctorMethod(fn).Slow
		}
		if f == nil {
			return nil
		}
		if first == nil {
			first = f
		}
	}
	return first
}
