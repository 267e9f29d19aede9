package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RFP1SideReader: a function whose loop (or recursion) posts its OWN
// charge or payout again, and which calls a function of its caller only
// after an error answer, to count what the caller stored (database/sql in
// a closure, a method value), is reported where it sends; its caller's
// call, with no loop around it, stays silent (it is no retry helper of
// the caller's call, nor the builder of what it sends). Genuine helpers
// stay reported at the caller: an op inside the closure handed to
// retryDo, and the request a helper rebuilds from its builder on every
// attempt beside a side reader.
var _ = cases.Add(idempotency.Analyzer, "RFP1SideReader",
	"idempotency/rfp1/tripfare", "idempotency/rfp1/settlecheck", "idempotency/rfp1/genuine")
