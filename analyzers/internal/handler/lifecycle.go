package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a provider object's lifecycle status is not its paid verdict -------------
//
// Some provider objects carry two states: the object's own lifecycle and
// the payment's. A Stripe Checkout Session is "complete" once the buyer
// finished the hosted page, while its payment_status can still be
// "unpaid" (ACH, SEPA, Boleto, any delayed method settles days later):
//
//	s, _ := sc.V1CheckoutSessions.Retrieve(ctx, id, nil)
//	if s.Status == stripe.CheckoutSessionStatusComplete { // complete, maybe unpaid
//		markPaid(id)
//	}
//
// So on a provider SDK type that has a PaymentStatus field, its other
// status field is the lifecycle: comparing it with a success word
// ("complete") decides nothing about the money, and is no paid check.
// Only PaymentStatus is. Merchant types are left alone: a shop's own row
// may well store "completed" only once its webhook saw the payment.

// rfbLifecycle: v (through conversions) is the status field of a provider
// SDK object whose payment state lives in a sibling PaymentStatus field.
func rfbLifecycle(v ssa.Value) bool {
	var st types.Type
	idx := -1
	switch x := strip(v).(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			st, idx = fa.X.Type(), fa.Field
			if p, ok := st.Underlying().(*types.Pointer); ok {
				st = p.Elem()
			}
		}
	case *ssa.Field:
		st, idx = x.X.Type(), x.Field
	}
	if st == nil {
		return false
	}
	named := namedOf(st)
	s, ok := st.Underlying().(*types.Struct)
	if named == nil || !ok || idx < 0 || idx >= s.NumFields() || named.Obj().Pkg() == nil ||
		!payment.ProviderSDK(named.Obj().Pkg().Path()) {
		return false
	}
	if payment.Fold(s.Field(idx).Name()) != "status" {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		if payment.Fold(s.Field(i).Name()) == "paymentstatus" {
			return true
		}
	}
	return false
}
