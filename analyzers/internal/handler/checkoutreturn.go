package handler

// ---- a hosted checkout's browser callback is a return page, not a webhook -------
//
// Razorpay Checkout ends the buyer's payment by making the buyer's browser
// POST a form to the shop's callback_url: razorpay_payment_id,
// razorpay_order_id and razorpay_signature (an HMAC of order|payment
// under the shop's key secret). The route often says "callback", a weak
// webhook word, and the form is posted, so the handler looked like a
// provider's notification. It is not one: Razorpay's webhooks POST a JSON
// event signed in the X-Razorpay-Signature header and never carry these
// form fields. Whoever holds the page can post them, so the mistake on
// such a page is the redirect's (fulfilling on what the browser brought
// back without checking the signature or the payment read from the
// provider), not an unverified webhook: one finding, redirectfulfill's.
//
// A handler that checks a signature (razorpay_signature through
// utils.VerifyPaymentSignature or an HMAC compare) stays what it was: a
// verified handler, silent under both rules. One that reads a signature
// header or decodes a provider event from the body is left to the webhook
// rules.

// checkoutReturnFields are the folded names of fields a provider's hosted
// checkout hands back through the buyer's browser (form or query), never
// through its server-to-server notifications.
var checkoutReturnFields = map[string]bool{
	"razorpaypaymentid": true, // Razorpay Checkout's callback_url / handler
}

// checkoutReturn: h reads a hosted checkout's browser-return field from
// the posted form or the query and decodes no provider event from the
// body.
func (h *Handler) checkoutReturn() bool {
	if h.BodyEvent != "" {
		return false
	}
	for _, p := range h.Params {
		if (p.Source == "form" || p.Source == "query") && checkoutReturnFields[norm(p.Name)] {
			return true
		}
	}
	return false
}
