package payment

import "go/types"

// ---- paid states behind an interface, implemented in a dependency ------------------
//
// A store reached through the merchant's own interface whose
// implementation lives in a package this one imports (hooks → store,
// with domain.TransferStore between them): the call stores what every
// visible implementation stores. The handler model judges the
// implementations of the package itself (handler/ifaceeffects.go) and
// interfaces with none in sight (handler/abstract.go); this covers the
// ones in dependencies, which neither model resolved, so the two models
// still never judge the same call. Every implementation must be a
// designated one (ifacewire.go), have a fact, and store a paid state or
// fulfil and call no provider (a mixed use case keeps the call unjudged);
// test doubles are no implementation (implsOf).

// ifaceOrDepStateFact is ifaceFact, and else the paid state the
// dependencies' implementations of fn all store.
func (b *builder) ifaceOrDepStateFact(fn *types.Func) *WrapperFact {
	if f := b.ifaceFact(fn); f != nil {
		return f
	}
	it := ifaceMethod(fn)
	if it == nil {
		return nil
	}
	impls := b.implsOf(fn, it)
	if len(impls) == 0 {
		return b.ifaceState(fn, it) // hidden in go vet mode (ifacestate.go)
	}
	var first *WrapperFact
	for _, impl := range impls {
		if impl.Pkg() == b.pass.Pkg || isAbstract(impl) {
			return nil
		}
		f := b.ownFact(impl)
		if f == nil || f.Kind&ifaceOpKinds != 0 || !f.Kind.Any(Fulfillment|StateWrite) {
			return nil
		}
		if first == nil {
			first = f
		} else if first.Kind != f.Kind {
			return nil
		}
	}
	out := *first
	out.Desc = qualName(impls[0]) + ": " + first.Desc
	return &out
}
