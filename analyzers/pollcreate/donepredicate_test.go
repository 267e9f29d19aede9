package pollcreate

// DonePredicateHelper: a generic wait helper of another package handed
// what to read and when to stop as two callbacks (WaitFor(ctx, every,
// fetch, done), Until(ctx, every, maxWait, fetch, done): the retry model
// names its done parameter) polls what fetch reads, stopping when the
// caller's done argument accepts it. A Mercado Pago Pix payment created
// on every pass that goes round when the wait gives up (a timeout the
// pass gave its context, the helper's own maximum) is reported. Silent:
// leaving on the give-up and creating again only after a rejection,
// cancelling the first before creating again (Mercado Pago's
// payment.Cancel, a release), one payment per order, a wait bounded only
// by the caller's own context, and a shipping label bought again after
// its wait.
var _ = cases.Add(Analyzer, "DonePredicateHelper", "pollcreate/donepredicate/...")
