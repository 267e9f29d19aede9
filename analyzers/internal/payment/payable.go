package payment

// ---- payable objects --------------------------------------------------------------
//
// A payment link (Razorpay, Cashfree, Stripe "POST /v1/payment_links")
// is a payable object, like a Razorpay order: creating one moves no
// money, and a second one sent after a lost answer charges nobody (the
// providers reject a repeated reference_id), so it is a Create but no
// Write: idempotency stays silent, while a link opened anew inside a
// loop that polls the old one gives the buyer two links to pay
// (pollcreate). Updating or cancelling a link is neither.

// payableSegs are the resource words of payable objects.
var payableSegs = map[string]bool{"payment_links": true, "paymentlinks": true, "payment-links": true}
