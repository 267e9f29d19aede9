package analyzers_test

import "testing"

// The round-5 blind audit (testdata/src/audit5/events/...): a ticketing
// and box-office platform (Square, PayPal Orders, Razorpay, Stripe Connect
// transfers, a bank REST API), written blind of the rules' code and tests.
// `// want` marks a true mistake paylint reports, `// audit: missed` one it
// misses, and knownFalseAlarms5events what it reports wrongly.

var audit5eventsPackages = []string{
	"audit5/events/squarecheckout",
	"audit5/events/payouts/bankapi",
	"audit5/events/payouts/settle",
	"audit5/events/paypalstatus",
	"audit5/events/razorcheckout",
	"audit5/events/returnpage/tickets",
	"audit5/events/returnpage/confirm",
	"audit5/events/returnpage/web",
	"audit5/events/squarehooks/hooks",
	"audit5/events/squarehooks/issuing",
	"audit5/events/squarehooks/server",
	"audit5/events/razorhooks",
	"audit5/events/cancellations",
	"audit5/events/paypalcapture",
	"audit5/events/integrations",
}

// knownFalseAlarms5events, per corpus package (file base name and line,
// exact message).
var knownFalseAlarms5events = map[string][]falseAlarm{}

func TestAudit5events(t *testing.T) {
	runAudit(t, audit5eventsPackages, knownFalseAlarms5events, "knownFalseAlarms5events")
}
