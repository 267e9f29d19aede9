package payment

import "go/types"

// ---- an interface carved out of a client, in the client's domain words -----
//
// carvedFrom (carvedport.go) wants every method of the interface to take
// or return a type of the client's package. A worker's interface often
// mixes the client's own types with the domain types the client itself is
// written in, and embeds a domain port the client already serves:
//
//	type BankRail interface {
//		domain.PayoutRail                                   // Name, Send: the client's package imports domain
//		SendStandard(ctx, *domain.Payout, *domain.Creator) (string, error)
//		Status(ctx, id string) (*bankpay.PayoutState, error) // the client's own type
//	}
//
// A type of package q counts as its implementation when the interface's
// package imports q (its code is written against that client), the
// interface has two methods or more, one of them takes or returns a type
// of q, and every method is in q's vocabulary: it takes or returns a type
// of q or of a non-standard package q imports, or it is promoted from an
// interface declared in such a package. A plain-typed method declared
// beside the interface (Close() error) keeps it silent: the interface is
// then not only the client's.

// carvedMixed: interface it (of fn) is cut from impl's package's client
// in that client's words.
func carvedMixed(fn *types.Func, it *types.Interface, impl *types.Func) bool {
	q, here := impl.Pkg(), fn.Pkg()
	if q == nil || here == nil || q == here || it.NumMethods() < 2 || !imports(here, q) {
		return false
	}
	own := false
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		switch {
		case mentionsPkg(m, q):
			own = true
		case m.Pkg() != nil && m.Pkg() != here && !stdPath(m.Pkg().Path()) && imports(q, m.Pkg()):
			// promoted from a port q's package is written against
		case mentionsDep(m, q):
		default:
			return false
		}
	}
	return own
}

// mentionsDep: m takes or returns a named type of a non-standard
// package that q imports.
func mentionsDep(m *types.Func, q *types.Package) bool {
	for _, p := range q.Imports() {
		if !stdPath(p.Path()) && !Library(p.Path()) && mentionsPkg(m, p) {
			return true
		}
	}
	return false
}

func imports(p, q *types.Package) bool {
	for _, x := range p.Imports() {
		if x == q {
			return true
		}
	}
	return false
}
