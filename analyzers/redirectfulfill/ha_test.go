package redirectfulfill

// ReturnPages: a return page known by a provider's return parameters
// (Adyen's merchantReference/pspReference next to resultCode, a txn next
// to a status) or by a deposit route fulfils from the query string; a
// result tested against a refusal, a page with no paid test, and pages
// that read the sale back from the gateway (including Braintree's
// submitted_for_settlement || settled) stay silent. A use case that stores
// the paid state itself (MarkPaid, MarkFunded) fulfils like one that hands
// goods over; a paid reminder or a page view stores no paid state. A use
// case answering the provider's payment object (a Mollie Payment) has read it
// from the provider; one answering the shop's own record has not.
var _ = cases.Add(Analyzer, "ReturnPages", "model/ha/rentalreturn", "model/ha/clinicdeposit", "model/ha/readreturn",
	"model/ha/markpaid", "model/ha/ifaceread")
