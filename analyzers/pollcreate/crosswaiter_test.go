package pollcreate

// CrossPackageWaiter: a payout made again on every pass after a waiter of
// another package (its WaiterFact) gives up with (false, nil) or with the
// last non-final status it read is reported; a waiter answering an error
// at its deadline with a caller leaving on errors, waiting again for the
// same payout, paying again only after a final failure and a render job
// submitted again stay silent.
var _ = cases.Add(Analyzer, "CrossPackageWaiter", "pollcreate/crosswaiter/...")
