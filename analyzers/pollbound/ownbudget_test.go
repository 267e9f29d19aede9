package pollbound

// HelperOwnDeadline: a poll helper that gives the caller's context a
// deadline of its own (ctx, cancel := context.WithTimeout(ctx, budget),
// its parameter or a new variable, then select on Done) is bounded even
// when called with context.Background(): both silent; a helper bounded
// only by the caller's context, handed context.Background(), reported.
var _ = cases.Add(Analyzer, "HelperOwnDeadline", "ownbudget/...")
