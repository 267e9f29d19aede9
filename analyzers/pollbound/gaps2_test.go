package pollbound

// Gaps2: a request literal wrapping the id is named by the wrapped
// variable; a read retried in a tagless switch that returns on the first
// 200 is not a poll; a recursive poll is bounded by what bounds a loop
// (a read given the caller's context whose error leaves, ctx.Err()), and
// unbounded when its read is detached (ctxsame).
var _ = cases.Add(Analyzer, "Gaps2", "pollbound/gaps2/...")
