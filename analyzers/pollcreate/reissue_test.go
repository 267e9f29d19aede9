package pollcreate

// O17: a bounded loop that reads the object an idempotent create just
// returned and makes a fresh one (keyed by the used one's id) only once
// the read succeeded and said the previous one is no longer open or
// pending, with no wait, is a reissue, not a poll: silent (stripe-go
// Checkout Sessions, a hand-written REST client); the same loop creating
// while the previous one is open or pending, after a failed read, or
// between waits, reported.
var _ = cases.Add(Analyzer, "ReissueO17", "pollcreate/o17/reissue/...")
