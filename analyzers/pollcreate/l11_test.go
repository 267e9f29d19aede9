package pollcreate

// L11LastStatus: a payment made again on every pass after a waiter
// of the package that gives up with the last status it read (none of the
// final ones it returns on) is reported; waiting again for the same
// payment, leaving with the pending status, paying again only after a
// failed state, and a waiter whose give-up may be a failed state stay
// silent.
var _ = cases.Add(Analyzer, "L11LastStatus", "pollcreate/l11/laststatus/...")

// L11HelperGiveUp: a payment made again on every pass after a generic
// poll helper of another package gives up with done == false (its own
// timeout, GiveUpFact) is reported; waiting again for the same refund,
// leaving on the give-up, refunding again only after a failed state and a
// helper giving up with its context's error stay silent.
var _ = cases.Add(Analyzer, "L11HelperGiveUp", "pollcreate/l11/helpergiveup/...")

// L11StatusCall: a payment made again on every pass after an
// interface method given its id answers a status the pass compares only
// with final states is reported; leaving when pending, asking again about
// the same charge, charging again only after a failure and a pass testing
// a pending state itself stay silent.
var _ = cases.Add(Analyzer, "L11StatusCall", "pollcreate/l11/statuscall/...")

// P13OwnTimer: a payout sent again on every pass after a generic helper
// of another package gives up with done == false when a timer of its own
// fires (time.NewTimer before its loop, or a time.After channel made
// once) is reported; a helper giving up with an error on its timer
// leaves the loop: silent.
var _ = cases.Add(Analyzer, "P13OwnTimer", "pollcreate/p13/owntimer/...")
