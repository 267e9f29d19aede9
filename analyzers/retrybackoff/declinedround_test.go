package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// DeclinedRound: kiosk e-wallet charges in bounded loops. Reported, with
// no wait: a loop that leaves on a decline but goes round after any
// other failure, and one that goes round after a timeout. Silent: loops
// that return on every failure of the charge and of the wait (the
// pending charge told by errors.Is, or by errors.As into a declared
// *PendingError, before the nil check) and charge again only after the
// first charge was answered and not SUCCEEDED: a second charge after a
// definite decline, not a retry of a failing call.
var _ = cases.Add(retrybackoff.Analyzer, "DeclinedRound", "retrybackoff/declinedround/...")
