package analyzers_test

import "testing"

// The donations corpus (testdata/src/audit6/donations/...) is the sixth
// blind audit: a charity-donations platform (Stripe, Braintree, PayPal,
// GoCardless, Mollie; chi, gorilla/mux, echo, net/http patterns; pgx,
// database/sql; asynq), written without reading the rules' tests. Marks
// as in audit_test.go: `// want` for true mistakes reported, `// audit:
// missed <rule>: ...` for true mistakes missed, knownFalseAlarms6donations
// for what is reported wrongly.

var audit6donationsPackages = []string{
	"audit6/donations/give/domain",
	"audit6/donations/give/stripeadapter",
	"audit6/donations/give/pgstore",
	"audit6/donations/give/httpapi",
	"audit6/donations/give/wire",
	"audit6/donations/paypalgive",
	"audit6/donations/giftaid",
	"audit6/donations/payouts/bankapi",
	"audit6/donations/payouts/monthly",
	"audit6/donations/directdebit",
	"audit6/donations/molliehooks",
	"audit6/donations/matchgiving",
	"audit6/donations/btcard/gateway",
	"audit6/donations/btcard/web",
	"audit6/donations/hooksplit/hooks",
	"audit6/donations/hooksplit/sigcheck",
	"audit6/donations/hooksplit/server",
	"audit6/donations/returnpages",
}

// knownFalseAlarms6donations, per corpus package (the blind run at
// b075611). (PayPal's return page capturing the order named "token" in
// its query, once taken for a webhook, is no longer reported: a payment
// operation is never a signature check.)
var knownFalseAlarms6donations = map[string][]falseAlarm{}

func TestAudit6donations(t *testing.T) {
	runAudit(t, audit6donationsPackages, knownFalseAlarms6donations, "knownFalseAlarms6donations")
}
