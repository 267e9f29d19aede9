package analyzers_test

import "testing"

// The round-4 blind audit, utility/telecom theme
// (testdata/src/audit4/utility/...): bill payments through a national
// switch, airtime top-ups, card payments and direct debits, receipts and
// provider callbacks. Annotations as in audit_test.go.

var audit4utilityPackages = []string{
	"audit4/utility/topup",
	"audit4/utility/billswitch",
	"audit4/utility/billretry",
	"audit4/utility/resultpage",
	"audit4/utility/aggcallback",
	"audit4/utility/topupcredit",
	"audit4/utility/smsack",
	"audit4/utility/cardpay",
}

// knownFalseAlarms4utility, per corpus package.
var knownFalseAlarms4utility = map[string][]falseAlarm{}

func TestAudit4utility(t *testing.T) {
	runAudit(t, audit4utilityPackages, knownFalseAlarms4utility, "knownFalseAlarms4utility")
}
