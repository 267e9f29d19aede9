package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// HoldRecordedH16: echo return pages of a rental that authorise a deposit
// (manual capture) and record the hold through a port main binds to a
// Postgres store of the rental's payment_state: one handing the port
// "requires_capture" after testing only the PaymentIntent's metadata, one
// handing it "authorised" through a method of its own, reported at the
// binding (the authentication may have failed: requires_payment_method).
// Silent: the status tested requires_capture first, "processing"
// recorded, a setup-mode Checkout return storing a mandate "authorized",
// a return page that only renders while the verified webhook records the
// hold, and the same pages bound to an audit log.
var _ = cases.Add(redirectfulfill.Analyzer, "HoldRecordedH16", "h16hold/...")
