package pollcreate

// CallerID: a payment named by a reference its caller made and sent with
// it (a terminal's service id, an order reference with the attempt, a
// uuid in a body built in place) is the payment a status read keyed by
// that reference reads, as if the creation had returned it. A pass that
// sends the payment and waits on such reads — through a poll helper of
// another package that gives up with (false, nil), a loop of its own
// ending at a deadline, or a function of the package answering (nil,
// nil) at its deadline — and goes round when the wait gives up sends a
// second payment while the first may still complete: reported. Silent:
// the same loop that only waits again, a new payment only after the
// first is declined (a give-up leaves), a cancel of the first before
// going round, one send and one wait with no loop, a loop over orders,
// a retry of the send alone before any read, and a send again under the
// same reference when it is the request's idempotency key.
var _ = cases.Add(Analyzer, "CallerID", "calleridpoll/...")
