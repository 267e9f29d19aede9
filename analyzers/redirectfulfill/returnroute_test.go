package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ReturnRouteRFA: a page on a GET route ending in return or redirect whose
// path has words of its own (/lockers/rentals/{id}/return,
// /kiosk/tickets/:ref/redirect) is a payment's return page when it stores
// a paid state: a chi page setting payment_status paid through GORM when
// the stored state is only "awaiting_payment", and an echo page calling
// its order port's MarkPaid with no payment read, reported. Silent: a
// page opening the locker only once the webhook stored paid, a page
// storing "processing", the staff desk's POST .../return, an echo page
// testing the PaymentIntent's status first, and a library's
// /loans/:id/return marking a book returned.
var _ = cases.Add(redirectfulfill.Analyzer, "ReturnRouteRFA", "rfareturn/...")
