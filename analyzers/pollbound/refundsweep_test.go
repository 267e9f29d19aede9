package pollbound

// RefundSweep: a sweeper whose every tick pays the requested refunds
// through a package that only writes (no status read there, yet each
// call works a batch of rows, one refund each) and reads the payment of
// each pending order selected that tick polls no single payment: silent.
// One payment fixed before the loop, read beside the same sweep or alone
// on a ticker with ctx.Done, is still polled with no status exit.
var _ = cases.Add(Analyzer, "RefundSweep", "refundsweep/...")
