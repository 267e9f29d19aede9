package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ReadMountR19: a page of another package that reads the payment from
// the provider and fulfils without testing its status, routed (any
// method: Stripe.js's page posts the intent's id once the card is
// confirmed) on a path whose words name the buyer's return: a net/http
// concert hall's TicketsPaid, reading the PaymentIntent through a helper
// of a third package and storing the order paid, reported at its
// registration on POST /concerts/payment-succeeded. Silent: the same page
// testing pi.Status == succeeded inline, or through a helper that errs
// unless it succeeded, a thank-you page reading the intent to show the
// amount, and the unchecked page mounted on a back-office sales route.
var _ = cases.Add(redirectfulfill.Analyzer, "ReadMountR19", "r19readmount/...")
