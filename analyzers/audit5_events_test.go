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
var knownFalseAlarms5events = map[string][]falseAlarm{
	// A Razorpay order has no failed terminal state (created, attempted,
	// paid: a failed payment leaves it attempted and the buyer may pay
	// again), and this loop is bounded by a 5-minute context timeout: it is
	// a correct wait, not a loop that polls a failed payment forever.
	"audit5/events/razorcheckout": {
		{"checkout.go:91", "[pollbound] loop polling payment orderID stops only when the payment succeeds (line 97): a payment that ends FAILED, expired or canceled keeps it polling; return on the failed terminal states too"},
	},
}

func TestAudit5events(t *testing.T) {
	runAudit(t, audit5eventsPackages, knownFalseAlarms5events, "knownFalseAlarms5events")
}
