package pollbound

// RFP2Sweep: a periodic reconciliation sweep (a ticker, time.Tick or
// robfig/cron loop) whose every pass selects the pending rows afresh and
// reads each one once, through a worker pool ranging over a channel the
// rows are fed into (closures or a named worker), or an errgroup
// goroutine per row, polls no single payment: silent, though bounded only
// by ctx and with no exit on a payment's state. One payment fixed before
// the loop, read through the same helpers (or fed alone into the worker's
// channel), is still polled and reported.
var _ = cases.Add(Analyzer, "RFP2Sweep", "rfp2sweep/...")
