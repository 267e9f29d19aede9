package pollcreate

// Sched10: a scheduler charging a batch of due rows on every tick
// (select over tickers, errgroup workers on time.Tick) creates no
// payment again; a ticker loop that creates one payment per pass and
// polls it is reported.
var _ = cases.Add(Analyzer, "Sched10", "sched10/create")
