package poll

import (
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the polled payment sent again under its own id ---------------------------
//
// A creation that names its payment by an id its caller chose (a Pix
// charge PUT to its txid: payment.Op.ID of a creation) creates nothing
// new when it is sent again with the id the loop polls: the provider
// answers with the charge it already has. Only when that id is the very
// variable the loop reads, set before the loop and never assigned in it;
// a txid renewed in the loop (txid = newTxID(); create(txid)) names a new
// charge.

// ResendsPolled reports whether create sends again, under the same id,
// the payment l polls.
func (l *Loop) ResendsPolled(create *payment.Op) bool {
	f := l.f
	if f == nil || create == nil || create.ID == nil || !create.Kind.Has(payment.Create) {
		return false
	}
	id := l.ID()
	if id == nil {
		return false
	}
	polled := wrappedID(id)
	v := f.varOf(rootOf(polled))
	if v == nil || f.varOf(rootOf(create.ID)) != v || types.ExprString(polled) != types.ExprString(create.ID) {
		return false
	}
	if def := f.defs[v]; def != nil && l.Contains(def) {
		return false
	}
	for _, a := range f.assigns[v] {
		if l.Contains(a) {
			return false
		}
	}
	return true
}
