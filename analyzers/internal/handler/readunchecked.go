package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page that read the payment and never tested it ---------------
//
// A return page may ask the provider about the payment and still fulfil
// whatever it answered:
//
//	pi, err := paymentintent.Get(q.Get("payment_intent"), nil)
//	if err != nil { … }
//	h.bookings.ConfirmBooking(ctx, ref) // pi.Status never looked at
//
// Through an interface no implementation explains, such a call is an
// abstract fulfilment (abstract.go) just as one guarded by a query
// parameter is: the rule's "read … without checking that its status is
// paid" finding.

// ReadsPayment: h's body reads the payment from the provider: a status
// read, or a provider write whose answer carries the outcome in a result
// code (answersResultCode).
func (m *Model) ReadsPayment(h *Handler) bool {
	for _, op := range m.info.Within(h.Body) {
		if op.Kind.Has(payment.StatusRead) || answersResultCode(m.pass.TypesInfo, op.Call) || m.forwardsResultCode(op) {
			return true
		}
	}
	found := false
	ast.Inspect(h.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = answersProviderPayment(m.pass.TypesInfo, call)
		}
		return !found
	})
	return found
}

// answersProviderPayment: call's first result is a payment object of a
// provider's SDK with a status (checkout-sdk-go's GetPaymentResponse, a
// Mollie Payment), whoever fetched it: a use case behind an interface
// (cards.PaymentDetails(ctx, id)) that answers the provider's payment
// has read it from the provider.
func answersProviderPayment(info *types.Info, call *ast.CallExpr) bool {
	t := firstResult(info, call)
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !payment.ProviderSDK(named.Obj().Pkg().Path()) {
		return false
	}
	if hasWord(sharedWords(named.Obj().Name()), "payment", "charge", "order", "transaction", "intent", "session",
		"checkout") == "" {
		return false
	}
	return hasField(t, "Status")
}

// answersResultCode: call's first result is a struct with a ResultCode
// field (Adyen's Payments and PaymentsDetails answers): the provider
// answers the outcome there, so a call that did not fail settled nothing
// (a Refused or Cancelled 3-D Secure result comes back with no error).
func answersResultCode(info *types.Info, call *ast.CallExpr) bool {
	return hasField(firstResult(info, call), "ResultCode")
}

// firstResult is the type of call's first result, through a pointer
// (nil if call has none).
func firstResult(info *types.Info, call *ast.CallExpr) types.Type {
	t := info.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
		t = tup.At(0).Type()
	}
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return types.Unalias(t)
}

// hasField: t is a struct type with a field of that name.
func hasField(t types.Type, name string) bool {
	if t == nil {
		return false
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return true
		}
	}
	return false
}
