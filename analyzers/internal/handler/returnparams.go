package handler

// ---- Checkout.com's return parameters ---------------------------------------------
//
// Checkout.com sends the buyer back from 3-D Secure or its hosted page to
// the merchant's success or failure URL with the payment's id in the
// query: cko-session-id (3DS sessions, Hosted Payments Page) and
// cko-payment-id (Flow). A handler reading one is the buyer's return,
// as paymentId or redirect_status mark Stripe's and PayPal's (classify.go
// redirectParams); the provider's data, kept beside the other providers'.
func init() {
	for _, p := range []string{"cko-session-id", "cko-payment-id"} {
		redirectParams[norm(p)] = true
	}
}
