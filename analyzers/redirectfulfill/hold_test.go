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

// HoldInSightH16: gin return pages of a yoga studio booking a class on a
// card authorisation, the store in sight: the hold stored through another
// package's service (requires_capture handed to a sqlx store's
// payment_status setter), through the store's own UPDATE of an
// attendance's deposit_status to 'requires_capture', and "authorized"
// handed to the setter inline, after testing only the metadata or
// nothing, reported at the call. Silent: requires_capture or succeeded
// tested first, a service that reads and tests the status itself,
// "pending", a user's account "authorized", and the verified webhook
// recording the hold.
var _ = cases.Add(redirectfulfill.Analyzer, "HoldInSightH16", "h16holdsight/...")

// HoldUseCaseH16: a net/http box-office return page handing the seat to
// another package's use case whose port, bound in main to a Postgres
// charge_state setter, is handed "authorized", after testing only the
// PaymentIntent's metadata, reported at the binding. Silent: the status
// tested requires_capture first, and a use case recording "pending".
var _ = cases.Add(redirectfulfill.Analyzer, "HoldUseCaseH16", "h16holdusecase/...")
