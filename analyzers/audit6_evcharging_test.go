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
	// withRetry (retry.go) returns at once unless the status is 408, 429
	// or 5xx: the helper's own status check on the operation's
	// *http.Response is not read, so every non-2xx is taken as retried.
	"audit6/evcharging/adyenpay": {
		{"refund.go:27", "[retrystatus] adyen ModificationsApi.RefundCapturedPayment is retried by withRetry (line 25): every non-2xx status is retried, including 400/404/422, which will fail the same way again; retry only network errors, 408, 429 and 5xx"},
		{"refund.go:37", "[retrystatus] adyen ModificationsApi.RefundCapturedPayment is retried by withRetry (line 34): every non-2xx status is retried, including 400/404/409/422, which will fail the same way again; retry only network errors, 408, 429 and 5xx"},
	},
	// (stripe.go:72, the credit behind firstDelivery's INSERT … ON CONFLICT
	// DO NOTHING and rows affected == 1, is no longer reported: a helper's
	// answer that comes from a guard is a guard, grd_helper.go.)
}

func TestAudit6evcharging(t *testing.T) {
	runAudit(t, audit6evchargingPackages, knownFalseAlarms6evcharging, "knownFalseAlarms6evcharging")
}
