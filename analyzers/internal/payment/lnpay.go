package payment

// ---- paying a Lightning invoice over REST -----------------------------------
//
// A Lightning node's REST API pays an invoice handed to it as a BOLT11
// payment request: lnd's SendPaymentSync is "POST
// /v1/channels/transactions" with {"payment_request": …} (lnd v0.18
// REST; SendPaymentV2 is "POST /v2/router/send", the same field). Its
// path names no payment and its body carries no amount (the invoice holds
// it), yet sending it moves the node's funds: a payment write. The
// invoice is also what makes a retry safe: lnd refuses to pay a payment
// hash it has already paid or has in flight ("invoice is already paid",
// "payment is in transition"), so a stable payment_request is the
// request's key (realkeys.go lists the field with the providers' own
// dedupe fields). Making an invoice (POST /v1/invoices) sends no
// payment_request and stays what it was.

// invoicePayFields name a BOLT11 invoice handed to be paid
// (normalised).
var invoicePayFields = map[string]bool{"paymentrequest": true}

// invoicePay: the body hands over an invoice to pay.
func invoicePay(fs bodyFieldSet) bool {
	for n := range fs {
		if invoicePayFields[n] {
			return true
		}
	}
	return false
}
