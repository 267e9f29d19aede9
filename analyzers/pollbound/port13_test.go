package pollbound

// PortPollP13: a loop polling through an interface held in a field, whose
// implementation only main binds, is judged as a poll where the loop is
// and reported where main binds a status read to the field
// (poll/portpoll.go, ports.go): a reconciler waiting for a
// Checkout.com payment only until it is captured, with no bound, is
// reported at the binding; the same reconciler bound to an in-memory
// cache in another main, and loops bounded by ctx.Done() or an attempt
// cap that leave on either final state, stay silent.
var _ = cases.Add(Analyzer, "PortPollP13", "port13poll/...")
