package pollcreate

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// OrderCreate: a Razorpay order opened while the old one is polled
// is a new payable object (poll/neworder).
var _ = cases.Add(Analyzer, "OrderCreate", "poll/neworder")

// OrderCreateNoWrite: an order create retried with no key has no
// idempotency finding: an order is no write (poll/neworder/retried).
var _ = cases.Add(idempotency.Analyzer, "OrderCreateNoWrite", "poll/neworder/retried")
