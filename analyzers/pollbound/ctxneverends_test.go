package pollbound

// ContextNeverEnds: a poll whose only bound is the context its function
// is handed (go-retry with an uncapped policy, a for-select on
// ctx.Done()) is reported at a call that hands it a context which never
// ends: context.Background() or TODO() in the poll's own package or in
// main, and a worker's signal.NotifyContext passed down through a
// function of main (poll/ctxbound.go). Silent: a caller's
// context.WithTimeout or WithCancel, a request's context, a poll that
// gives the context a deadline of its own or caps its policy, a method
// that passes its caller's context on (in its own package: it is judged
// where a context is handed to it, as main's sweep does), and a poll of
// a statement export.
// The transfers are read back at the Location their creation answered
// (payment/locationread.go); a GET of a link no payment write of the
// package answered reads no payment, and stays silent unbounded.
var _ = cases.Add(Analyzer, "ContextNeverEnds", "ctxneverends/...")
