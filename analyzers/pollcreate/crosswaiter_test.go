package pollcreate

// CrossPackageWaiter: a payout made again on every pass after a waiter of
// another package (its WaiterFact) gives up with (false, nil) or with the
// last non-final status it read is reported; a waiter answering an error
// at its deadline with a caller leaving on errors, waiting again for the
// same payout, paying again only after a final failure and a render job
// submitted again stay silent.
var _ = cases.Add(Analyzer, "CrossPackageWaiter", "pollcreate/crosswaiter/...")

// HeldRecordWaiter: a sale made again on every pass after a waiter of the
// package gives up (its own timeout, inside its `for {}`) with the record
// it last read, whose state is none of the final ones, and a capture made
// again after a waiter of another package gives up with such a record
// after its counted reads, are reported; a waiter whose give-up may be a
// final state, selling or capturing again only after a decline, reading
// the same sale again and a waiter answering an error at its deadline
// stay silent.
var _ = cases.Add(Analyzer, "HeldRecordWaiter", "pollcreate/heldrecord/...")

// LastStatusWaiter: a waiter of another package that starts its status at
// PENDING and returns as soon as it reads anything else answers
// ("PENDING", nil) when its own deadline or read cap ends the wait; a
// terminal purchase started again on every pass whose switch leaves only
// on APPROVED and DECLINED, or that goes round on anything but APPROVED,
// is reported. Silent: a pass leaving on PENDING, starting again only
// after a decline, waiting again for the same purchase, and one purchase
// per invoice.
var _ = cases.Add(Analyzer, "LastStatusWaiter", "pollcreate/laststatuswaiter/...")
