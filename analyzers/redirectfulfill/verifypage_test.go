package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// VerifyPageG17: the page a hosted invoice sends the buyer back to, built
// by the merchant as …/verify?result=paid or …/confirm?status=success,
// reading the order's id from the path and storing the outcome the query
// names through a store method called Verify… or Confirm…: a gin tour
// booking on /bookings/:id/payment/verify and a net/http courier order
// mounted elsewhere (known by its name, ConfirmPayment), reported. Silent:
// the same page that only renders the outcome, one that reads the
// PaymentIntent back and tests it succeeded, the back office's /admin/…
// override and a support desk's MarkPaymentStatus setter.
var _ = cases.Add(redirectfulfill.Analyzer, "VerifyPageG17", "g17verifypage/...")
