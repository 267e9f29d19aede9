package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// RazorpayCallbackRFB: Razorpay Checkout's callback_url is the form the
// buyer's browser posts (razorpay_payment_id, razorpay_order_id), a
// return page whatever its route says: no webhook, silent here (the
// redirect's mistake, redirectfulfill's finding), with or without the
// payment fetched. Razorpay's JSON event on a callback route, acted on
// unverified, still reported.
var _ = cases.Add(webhookverify.Analyzer, "RazorpayCallbackRFB", "rfbverdict/rzphooks")
