package payment

import "go/types"

// ---- an interface carved out of a dependency's client ----------------------
//
// A worker reaches a client of another package through a small interface
// of its own, written in that client's types, and main wires the client
// in (the worker's package cannot see main):
//
//	type Transfers interface {
//		GetTransfer(ctx context.Context, id string) (*payouts.Transfer, error)
//	}
//
// A type of payouts counts as an implementation (ifacewire.go's
// designated) when the interface is a cut of it: two methods or more, all
// implemented by that type (implsIn checks the whole method set), each
// taking or returning a type declared in payouts. A one-method interface
// in a provider's types may be a cache or store of the provider's
// objects (GetPayment(ctx, id) (*hilt.Payment, error)); a type that only
// happens to share plain-typed methods is no sign at all. Only for the
// payment model's ops; the handler model keeps its own rule.

// carvedFrom: interface it (of fn) has two methods or more, each taking
// or returning (as T, *T, []T or []*T) a named type declared in impl's
// package, which is not fn's.
func carvedFrom(fn *types.Func, it *types.Interface, impl *types.Func) bool {
	q := impl.Pkg()
	if q == nil || q == fn.Pkg() || it.NumMethods() < 2 {
		return false
	}
	for i := 0; i < it.NumMethods(); i++ {
		if !mentionsPkg(it.Method(i), q) {
			return false
		}
	}
	return true
}

// mentionsPkg: m takes or returns a named type of q.
func mentionsPkg(m *types.Func, q *types.Package) bool {
	sig, ok := m.Type().(*types.Signature)
	if !ok {
		return false
	}
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tup.Len(); i++ {
			if declaredIn(tup.At(i).Type(), q) {
				return true
			}
		}
	}
	return false
}

// declaredIn: t is a named type of q, or a pointer or slice of one.
func declaredIn(t types.Type, q *types.Package) bool {
	for range 4 {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Named:
			return u.Obj().Pkg() == q
		default:
			return false
		}
	}
	return false
}
