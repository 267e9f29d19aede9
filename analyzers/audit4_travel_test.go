package analyzers_test

import "testing"

// Blind audit, round 4, travel theme (testdata/src/audit4/travel/...): an
// online travel agency's hotel and flight bookings (Adyen, Checkout.com,
// Braintree, Mollie, a home-grown REST PSP, supplier payouts). Written
// before reading any rule code; `// want` marks a true mistake paylint
// reports, `// audit: missed <rule>` one it misses, and
// knownFalseAlarms4travel what it reports wrongly.

var audit4travelPackages = []string{
	"audit4/travel/deposits",
	"audit4/travel/refunds",
	"audit4/travel/payouts",
	"audit4/travel/bankpay",
	"audit4/travel/redirectpay",
	"audit4/travel/returnpage",
	"audit4/travel/pspwebhook",
	"audit4/travel/cardhooks",
	"audit4/travel/btwebhook",
}

// knownFalseAlarms4travel, per corpus package.
var knownFalseAlarms4travel = map[string][]falseAlarm{}

func TestAudit4travel(t *testing.T) {
	runAudit(t, audit4travelPackages, knownFalseAlarms4travel, "knownFalseAlarms4travel")
}
