package pollbound

// RetriedReadGate: a payment read retried a few times whose return is
// taken whenever the read succeeds, under a compound condition
// (err == nil || !transient(err) || attempt == 3, attempt == 4 ||
// err == nil, the else of err != nil && attempt < 3), is a read retry,
// not a poll: silent. A loop that returns only when the read succeeded
// and the payment is final (err == nil && p.Final(), also beside a
// give-up on a permanent error) polls with no bound: reported.
var _ = cases.Add(Analyzer, "RetriedReadGate", "pollbound/retriedreadgate")
