package idempotency

// HBInlineRepay: a refund sent on every pass of a loop whose poll,
// written in place, falls through on its own deadline is a retry of the
// same refund: a key made from the pass counter is reported; one key for
// every pass stays silent.
var _ = cases.Add(Analyzer, "HBInlineRepay", "pollcreate/hb/repaykey")
