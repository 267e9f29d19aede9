package pollcreate

// HBInline: a payment created on every pass of a loop whose poll,
// written in place, ends on its own cap or deadline and falls through to
// the next pass is reported; a poll that returns on its bound, a pass
// that leaves after it, a new payment only after a failed state, loops
// over items and a wait on the caller's context stay silent.
var _ = cases.Add(Analyzer, "HBInline", "pollcreate/hb/inline/...")
