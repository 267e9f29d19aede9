package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- a stored row looked up by the fetched payment's reference ----------------
//
// A Mercado Pago or PayPal webhook fetches the payment back from the
// provider and then loads the merchant's own row by a reference the answer
// carries:
//
//	p, _ := mp.Get(ctx, id)                       // the provider's answer
//	sess, _ := store.Get(ctx, p.ExternalReference) // the merchant's row
//	if sess.Status == Paid || p.Status != "approved" { return }
//
// statusTaint follows every call, so sess is tainted by p; but sess.Status
// is what the merchant stored, which a first delivery changes and a
// redelivery reads back: a stored-state guard, OR'ed with the fetched
// status or not. lookedUp tells such a value apart from the fetched
// payment's own fields.

// lookedUp: v is a field (or the value) of what a call returned that is
// neither the status read itself, nor a decode of its answer, nor a call
// of the provider's SDK: a lookup in the merchant's store.
func (m *Model) lookedUp(v ssa.Value) bool {
	for i := 0; i < 8; i++ {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.Call:
			c := x.Common()
			if m.statuses[x.Call.Pos()] || decodes(c) || pure(c) {
				return false
			}
			if o := calleeObj(c); o == nil || o.Pkg() == nil || libraryPath(o.Pkg().Path()) {
				return false // an SDK's or a library's answer, not the merchant's row
			}
			return true
		default:
			return false
		}
	}
	return false
}
