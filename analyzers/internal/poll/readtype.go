package poll

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a payment object known by the read that returns it ----------------------------
//
// A status predicate is about a payment when its subject is one:
// paymentType knows the type by its name (Payment, OrderStatus). A
// client of a provider whose objects bear the provider's own words (an
// OXXO cash voucher, a reader's checkout) names them so:
//
//	func (c *Client) Get(ctx context.Context, id string) (*Voucher, error) // GET /v1/vouchers/{id}
//	func (v *Voucher) IsPaid() bool { return v.Status == StatusPaid }
//
// What makes Voucher a payment object is what the code does with it: a
// status read of the package (a function the payment model knows reads a
// payment's state, exported as its wrapper fact) returns it. Its bool
// methods over its status are then status predicates like those of a
// type named Payment, and a poll loop that leaves only when v.IsPaid()
// is judged as one leaving only on v.Status == "paid". A type no status
// read returns (a report, a shipment read by another API) stays unknown
// unless its name says payment.

// statusReadTypes returns the named types of the package that its status
// reads return as their first result (directly or through a pointer).
func statusReadTypes(pass *analysis.Pass) map[*types.TypeName]bool {
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if info == nil || !info.Relevant {
		return nil
	}
	out := map[*types.TypeName]bool{}
	for fn, w := range info.Wrappers {
		if w == nil || !w.Kind.Has(payment.StatusRead) {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.Results().Len() == 0 {
			continue
		}
		if tn := namedOf(sig.Results().At(0).Type()); tn != nil && tn.Pkg() == pass.Pkg {
			out[tn] = true
		}
	}
	return out
}

// readType: t (or what it points to) is a type the package's status
// reads return.
func (p *Preds) readType(t types.Type) bool {
	if p == nil || len(p.readTypes) == 0 {
		return false
	}
	tn := namedOf(t)
	return tn != nil && p.readTypes[tn]
}

func namedOf(t types.Type) *types.TypeName {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}
