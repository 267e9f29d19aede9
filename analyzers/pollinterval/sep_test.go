package pollinterval

// SeparatorDSPA: an ACH transfer (GET /v1/ach-transfers/{id} through a
// method/path dispatcher) read every 800ms, a constant of another file,
// reported; a saved bank account (GET /v1/payment-methods/{id}) polled
// the same way silent.
var _ = cases.Add(Analyzer, "SeparatorDSPA", "dspa/sepoll/fast", "dspa/sepoll/methods")
