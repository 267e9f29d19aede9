package analyzers_test

import "testing"

// audit6 evcharging: a blind corpus of an EV charging network's backend
// (Stripe manual-capture holds, Adyen authorise/capture, GoCardless fleet
// billing, host payouts over a bank REST API, provider and CPMS webhooks),
// where "charge" mostly means electricity.
var audit6evchargingPackages = []string{
	"audit6/evcharging/adyenpay",
	"audit6/evcharging/fleetbilling",
	"audit6/evcharging/ocpp",
	"audit6/evcharging/payouts",
	"audit6/evcharging/payouts/bank",
	"audit6/evcharging/preauth",
	"audit6/evcharging/returnpage",
	"audit6/evcharging/sessions",
	"audit6/evcharging/webhooks",
	"audit6/evcharging/wire",
}

// knownFalseAlarms6evcharging, per corpus package: what paylint reports on
// correct code (blind figure of the first run).
var knownFalseAlarms6evcharging = map[string][]falseAlarm{
	// (refund.go:27 and :37, retried by withRetry, which returns at once
	// unless the status is 408, 429 or 5xx, are no longer reported: the
	// helper's test of the failed answer is read, retry/errfilter.go.)
	// (stripe.go:72, the credit behind firstDelivery's INSERT … ON CONFLICT
	// DO NOTHING and rows affected == 1, is no longer reported: a helper's
	// answer that comes from a guard is a guard, guardhelper.go.)
}

func TestAudit6evcharging(t *testing.T) {
	runAudit(t, audit6evchargingPackages, knownFalseAlarms6evcharging, "knownFalseAlarms6evcharging")
}
