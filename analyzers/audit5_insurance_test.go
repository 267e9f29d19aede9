package analyzers_test

import "testing"

// The round-5 insurance audit (testdata/src/audit5/insurance/...): an
// insurtech's premiums (GoCardless direct debit, Adyen and Braintree
// cards), claim payouts (a bank's REST API, PayPal Payouts), its webhooks
// and dunning worker, written blind. `// want` marks a true mistake
// paylint reports, `// audit: missed <rule>` one it misses, and
// knownFalseAlarms5insurance what it reports wrongly.

var audit5insurancePackages = []string{
	"audit5/insurance/collect",
	"audit5/insurance/bankpay",
	"audit5/insurance/claims",
	"audit5/insurance/cardpremium",
	"audit5/insurance/policy",
	"audit5/insurance/gchooks",
	"audit5/insurance/server",
	"audit5/insurance/adyenweb",
	"audit5/insurance/bankhooks",
	"audit5/insurance/dunning",
}

// knownFalseAlarms5insurance, per corpus package.
var knownFalseAlarms5insurance = map[string][]falseAlarm{}

func TestAudit5insurance(t *testing.T) {
	runAudit(t, audit5insurancePackages, knownFalseAlarms5insurance, "knownFalseAlarms5insurance")
}
