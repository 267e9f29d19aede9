package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PaidBranchK14: a net/http card-terminal webhook verifying nothing that
// books a seat (a use case of another package storing bookings.state =
// 'booked', a word the model does not know as paid) only in the case of
// its switch on the event's status for "SUCCESSFUL", and releases it on
// "FAILED": "booked" is its paid state, reported at the call; so is a
// handler leaving early unless the status is "SUCCESSFUL" and booking
// through the concrete use case. Silent: the same after an HMAC of the
// body, a booking decided on the status read back from the provider's
// API, the posted status trusted only after the payment read back was
// required approved, a success branch only logging and
// storing "processing", a handler booking on both branches, a mail
// relay's "delivered" notice, a courier's "delivered" parcel confirming
// a delivery, and a CI build's "success" promoting a release
// (deployments, not a payment row).
var _ = cases.Add(webhookverify.Analyzer, "PaidBranchK14", "k14paidbranch/...")
