package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// URLPaidT15h: a page the buyer's browser opens by GET, named in the
// shop's own words, that fulfils only where a query parameter equals a
// provider's success word (the buyer can type it): a gin tour booking
// stored paid on EqualFold(outcome, "COMPLETED"), an echo basket marked
// paid through its port on a switch case "paid", a ServeMux donation
// stored paid by SQL on res == "succeeded", and a ServeMux gift card
// stored paid on r.FormValue("outcome") == "APPROVED" (on a GET the form
// is the query), reported. Silent: a tab picked by ?tab=completed, a
// guide's checklist stored done, a booking stored paid whatever the query
// says, a page reading the PaymentIntent back first, the back office's
// /admin/… page, the same pages mounted by POST (a query, a form value),
// a GET page that also decodes a JSON body, a query compared with
// "active", and a provider's HMAC-signed GET notification.
var _ = cases.Add(redirectfulfill.Analyzer, "URLPaidT15h", "t15hurlpaid/...")
