package pollcreate

// DeadlineWait: a payment made again on every pass after a poll helper of
// another package gives up on a deadline test of its own inside its
// `for {}` (time.Now().After(deadline), time.Since(start) > maxWait) —
// answering its exported sentinel ErrStillPending, tested with
// errors.Is, or (last, false, nil) from a generic helper — is reported;
// leaving on the sentinel, charging the next card only after a final
// failure, waiting again for the same intent, and cancelling the intent
// still processing before charging again stay silent.
var _ = cases.Add(Analyzer, "DeadlineWait", "pollcreate/deadlinewait/...")
