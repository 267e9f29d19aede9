package payment_test

// Round7Vocabulary: a gateway's status endpoint read by its sibling
// write, a mandate debit, a refund under a gateway path, a payment link,
// a body sent base64-encoded in an envelope, a reference_id next to a
// currency; with look-alikes that read or write no payment.
var _ = cases.Add(debug, "Round7Vocabulary", "model/voc7/gwstatus", "model/voc7/gwstatus/kitchen",
	"model/voc7/mandates", "model/voc7/mandates/transfer")

// Round7Builders: a request built by a function handed to the
// sender (called per attempt) is traced per call site: a literal or a
// method value; a transaction opened for a customer is a payment.
var _ = cases.Add(debug, "Round7Builders", "model/voc7/buildreq")
