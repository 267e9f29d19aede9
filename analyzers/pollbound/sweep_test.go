package pollbound

// RFP2Sweep: a periodic reconciliation sweep (a ticker, time.Tick or
// robfig/cron loop) whose every pass selects the pending rows afresh and
// reads each one once, through a worker pool ranging over a channel the
// rows are fed into (closures or a named worker; fed from a slice or
// straight from a rows.Next() scan), an errgroup goroutine per row, or a
// goroutine handed the row as its argument; or that takes, each pass,
// the one row the store picks (the oldest pending row by SQL, a GORM
// First, a store port's NextPending), polls no single payment:
// silent, though bounded only by ctx and with no exit on a payment's
// state. One payment fixed before the loop, read through the same helpers
// (or fed alone into the worker's channel or handed alone to the
// goroutine, or the row of an order the caller names, pending or not),
// is still polled and reported.
var _ = cases.Add(Analyzer, "RFP2Sweep", "rfp2sweep/...")
