package pollinterval

// PollFieldInterval: a poll helper that sleeps a duration field of its
// receiver between calls of its callback field (pollkit.BoundedPoller's
// Every; payment.FieldHelperFact.WaitField) waits what its caller's
// literal stores there: 500ms is reported at the value, and a literal
// that leaves Every out makes the helper read again at once (a busy
// loop, reported at the read). Silent: 3s, an interval from the
// caller's parameter, and one the caller sets again after the literal.
var _ = cases.Add(Analyzer, "PollFieldInterval", "pollfieldinterval/...")
