package idempotency

// C15p: a stripe-go payment made again, with no key of its own, on every
// pass after a poll helper of another package answers (false, nil) at
// its attempt cap is reported: stripe-go adds a new random key to each
// call (capped); the key made once before the loop stays silent.
var _ = cases.Add(Analyzer, "CappedC15p", "idempotency/c15p/capped")
