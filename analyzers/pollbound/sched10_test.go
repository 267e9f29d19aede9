package pollbound

// Sched10: schedulers (time.Tick, errgroup workers, robfig/cron)
// calling a function that charges a batch of due rows, one payment per
// row, poll no single payment; a loop following one payment through a
// function that reads it (alone or after a batch) stays a poll.
var _ = cases.Add(Analyzer, "Sched10", "sched10/bound")
