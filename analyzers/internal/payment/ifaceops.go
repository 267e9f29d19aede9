package payment

import (
	"go/types"
	"sort"
	"strings"
)

// ---- payment ops behind the merchant's own interfaces ----------------------------
//
// Checkout code reaches the provider through a small interface of its own so
// that it can be tested with a fake:
//
//	type Gateway interface{ GetPayment(ctx, id) (*Payment, error) }
//	func (g *hiltGateway) GetPayment(...) { … GET /v1/payments/{id} … }
//	p, err := c.gw.GetPayment(ctx, id) // a status read
//
// A call of an interface method is the op its implementations perform when
// every implementation the package can see agrees: the types of this
// package, and the types of the dependencies the model summarised (a
// package with wrapper facts) that are designated for the interface (the
// package hands the type over as the interface, the type is declared beside
// it, or its package imports the interface's package), as the handler model
// judges interface effects (handler/ifaceeffects.go). Test doubles (mock,
// fake, stub, noop…) do not count; an implementation without the op, or with
// another kind of op or key, makes the call no op; so does having no
// visible implementation. Interfaces of the standard library and of the
// libraries the model knows as data (SDK clients such as
// lnrpc.LightningClient) are left to their tables.

// ifaceState caches, per run, what interface calls resolve through.
type ifaceState struct {
	impls map[*types.Func][]*types.Func
	pkgs  []*types.Package // visible packages, built on first need
	wires []Wire           // built on first need
	wired bool
}

// ifaceState returns the run's interface cache, made on first use.
func (ix *index) ifaceState() *ifaceState {
	if ix.ifaces == nil {
		ix.ifaces = &ifaceState{impls: map[*types.Func][]*types.Func{}}
	}
	return ix.ifaces
}

// ifaceOpKinds: what an interface call can stand for. Fulfilments and paid
// state writes behind interfaces are the handler model's business
// (handler/ifaceeffects.go): an implementation that also has one is left
// to it, so the two models never judge the same call.
const ifaceOpKinds = Write | Create | StatusRead

// ifaceMethod returns the interface fn is an abstract method of, nil when
// fn is a concrete function or its interface is not the merchant's own.
func ifaceMethod(fn *types.Func) *types.Interface {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Pkg() == nil {
		return nil
	}
	switch r := types.Unalias(sig.Recv().Type()).(type) {
	case *types.TypeParam:
		return nil // a constraint's method: no one implementation
	case *types.Named:
		if r.TypeParams().Len() > 0 {
			return nil // a generic interface: left alone
		}
	}
	it, ok := sig.Recv().Type().Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil
	}
	path := fn.Pkg().Path()
	if stdPath(path) || Library(path) {
		return nil
	}
	return it
}

// stdPath reports whether path is a standard-library import path.
func stdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

// stdRoots are the first segments of the standard library's packages that
// may declare interfaces merchant code implements.
var stdRoots = map[string]bool{
	"io": true, "net": true, "context": true, "database": true, "encoding": true, "fmt": true,
	"sort": true, "hash": true, "crypto": true, "os": true, "bufio": true, "errors": true,
	"sync": true, "time": true, "log": true, "text": true, "html": true, "image": true,
	"go": true, "runtime": true, "reflect": true, "strings": true, "bytes": true,
	"container": true, "math": true, "mime": true, "flag": true, "expvar": true,
}

// ifaceFact returns the fact an interface method call stands for: the
// fact of its visible implementations when they all agree, nil otherwise.
func (b *builder) ifaceFact(fn *types.Func) *WrapperFact {
	it := ifaceMethod(fn)
	if it == nil {
		return nil
	}
	impls := b.implsOf(fn, it)
	if len(impls) == 0 {
		return nil
	}
	var first *WrapperFact
	for _, impl := range impls {
		if isAbstract(impl) {
			return nil // promoted from an embedded interface: unknown
		}
		f := b.ownFact(impl)
		if f == nil || f.Kind&ifaceOpKinds == 0 || f.Kind.Any(Fulfillment|StateWrite) {
			return nil // no provider call, or an effect the handler model judges
		}
		if first == nil {
			first = f
		} else if !sameOp(first, f) {
			return nil
		}
	}
	return first
}

// localImpls returns the implementations of this package that interface
// method fn resolves to, none for other functions.
func (b *builder) localImpls(fn *types.Func) []*types.Func {
	if fn == nil {
		return nil
	}
	it := ifaceMethod(fn)
	if it == nil {
		return nil
	}
	var out []*types.Func
	for _, impl := range b.implsOf(fn, it) {
		if impl.Pkg() == b.pass.Pkg {
			out = append(out, impl)
		}
	}
	return out
}

// isAbstract: fn is a method of an interface.
func isAbstract(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// sameOp: two implementations agree on what a call does: the same kind of
// op, the id and key in the same parameters, the same key handling.
func sameOp(a, b *WrapperFact) bool {
	return a.Kind&ifaceOpKinds == b.Kind&ifaceOpKinds && a.IDParam == b.IDParam &&
		a.KeyParam == b.KeyParam && a.KeyInArg == b.KeyInArg && a.KeyField == b.KeyField && a.KeyFallback == b.KeyFallback && a.KeyOptions == b.KeyOptions &&
		a.HasKey == b.HasKey && a.FreshKey == b.FreshKey && a.AutoKey == b.AutoKey &&
		(a.ClientRetries == "") == (b.ClientRetries == "")
}

// implsOf returns the visible implementations of interface method fn of
// it, in a stable order (cached per method).
func (b *builder) implsOf(fn *types.Func, it *types.Interface) []*types.Func {
	st := b.ix.ifaceState()
	if impls, ok := st.impls[fn]; ok {
		return impls
	}
	var out []*types.Func
	for _, p := range b.visiblePkgs() {
		for _, impl := range ImplsIn(p, fn, it) {
			if p == b.pass.Pkg || b.designated(fn, it, impl) {
				out = append(out, impl)
			}
		}
	}
	st.impls[fn] = out
	return out
}

// visiblePkgs: this package, then the dependencies with wrapper facts.
func (b *builder) visiblePkgs() []*types.Package {
	st := b.ix.ifaceState()
	if st.pkgs != nil {
		return st.pkgs
	}
	pkgs := []*types.Package{b.pass.Pkg}
	seen := map[*types.Package]bool{b.pass.Pkg: true}
	var deps []*types.Package
	for _, f := range b.pass.AllObjectFacts() {
		if _, ok := f.Fact.(*WrapperFact); !ok || f.Object.Pkg() == nil || seen[f.Object.Pkg()] {
			continue
		}
		seen[f.Object.Pkg()] = true
		deps = append(deps, f.Object.Pkg())
	}
	sort.Slice(deps, func(i, j int) bool { return deps[i].Path() < deps[j].Path() })
	st.pkgs = append(pkgs, deps...)
	return st.pkgs
}

// implMethod is the method of named type t (or *t) that implements fn,
// nil if t does not implement it or is a test double.
func implMethod(t types.Type, fn *types.Func, it *types.Interface) *types.Func {
	n, ok := t.(*types.Named)
	if !ok || types.IsInterface(n) || n.TypeParams().Len() > 0 {
		return nil
	}
	if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, fn.Pkg(), fn.Name()); obj == nil || IsTestDouble(n) {
		return nil // no such method: one lookup instead of the whole method set
	}
	var recv types.Type
	switch {
	case types.Implements(n, it):
		recv = n
	case types.Implements(types.NewPointer(n), it):
		recv = types.NewPointer(n)
	default:
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, true, fn.Pkg(), fn.Name())
	m, _ := obj.(*types.Func)
	return m
}

// IsTestDouble: a mock, fake or stub, by its type's or package's name.
func IsTestDouble(n *types.Named) bool {
	ws := splitWords(n.Obj().Name())
	if n.Obj().Pkg() != nil {
		for _, seg := range strings.Split(n.Obj().Pkg().Path(), "/") {
			ws = append(ws, splitWords(seg)...)
		}
	}
	for _, w := range ws {
		switch w {
		case "mock", "mocks", "fake", "fakes", "stub", "stubs", "noop", "nop", "dummy", "spy":
			return true
		}
	}
	return false
}
