package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// SessionCompleteRFB: a Stripe Checkout Session read back on the return
// page is "complete" once the buyer finished the hosted page, while its
// payment_status may still be "unpaid" (ACH, SEPA): fulfilling on
// Status == complete, either way round or through a helper returning it,
// is reported. Silent: payment_status == paid (alone, beside complete,
// or through a helper), the expanded PaymentIntent's succeeded, and the
// shop's own booking row whose status its webhook writes.
var _ = cases.Add(redirectfulfill.Analyzer, "SessionCompleteRFB", "rfbverdict/sessions")

// RazorpayCallbackRFB: Razorpay Checkout's callback_url, the form the
// buyer's browser posts (razorpay_payment_id, razorpay_order_id,
// razorpay_signature), is a return page, not a webhook: fulfilling after
// a fetch comparing only the order id, or with no fetch, is reported.
// Silent: the payment tested captured, the order tested paid,
// razorpay_signature checked (utils.VerifyPaymentSignature, an HMAC
// compare), and the signed JSON webhook.
var _ = cases.Add(redirectfulfill.Analyzer, "RazorpayCallbackRFB", "rfbverdict/rzpreturn")

// ReadPortRFB: chi return pages that read the payment back from Stripe
// and grant through a port main binds: a PaymentIntent read for its
// metadata and never tested before AddCredits (a database/sql balance
// credit), and a Checkout Session tested only for complete before Settle
// (an UPDATE to paid answering (bool, error)), reported where main binds
// the ports, beside a page of the same type reading nothing (rfa's
// record, kept). Silent: the PaymentIntent tested succeeded, the session's
// payment_status tested paid, a port asked a bool question, and the same
// pages bound to stores recording only pending requests.
var _ = cases.Add(redirectfulfill.Analyzer, "ReadPortRFB", "rfbreadpages/...")
