package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// ResendingPayouts: instant payouts, and their status reads, handed to a
// shared sender of another package that sends the request again when no
// answer came back or the answer was transient: reported at the call
// when the sender sends again at once, or a fixed quarter of a second
// later. Silent: the sender whose pause doubles from one second, and a
// geocoding GET (no payment) through the sender with no pause.
var _ = cases.Add(retrybackoff.Analyzer, "ResendingPayouts", "resendingpayouts/urgentpayouts")
