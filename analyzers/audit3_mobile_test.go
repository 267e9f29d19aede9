package analyzers_test

import (
	"testing"
)

// The audit3 mobile corpus (testdata/src/audit3/mobile/...) is the payment
// service of a ride-hailing / food-delivery app in emerging markets
// (M-Pesa Daraja STK push and callbacks, Paystack, Flutterwave, Razorpay,
// UPI collect through a PSP, wallet top-ups, driver cash-outs), written
// blind: without reading the rules' tests or code. `// want` marks a true
// mistake paylint reports; `// audit: missed <rule>: ...` a true mistake it
// misses; knownFalseAlarms3mobile what it reports wrongly.

var audit3MobilePackages = []string{
	"audit3/mobile/mpesa",
	"audit3/mobile/ridecheckout",
	"audit3/mobile/stkpoll",
	"audit3/mobile/paystack",
	"audit3/mobile/cashout",
	"audit3/mobile/paystackhooks",
	"audit3/mobile/flwhooks",
	"audit3/mobile/mpesahooks",
	"audit3/mobile/redirects",
	"audit3/mobile/topup",
	"audit3/mobile/upi",
	"audit3/mobile/razorpayrefunds",
	"audit3/mobile/notify",
	"audit3/mobile/dispatch",
}

// knownFalseAlarms3mobile: diagnostics on correct code, per corpus package,
// as reported before any fix (the blind figure).
var knownFalseAlarms3mobile = map[string][]falseAlarm{
	// Found after the fix round (the routed callback became a webhook):
	// WalletTopup confirms the callback with one STK status query to
	// Daraja (mpesa.Client.QuerySTK, a POST to /mpesa/stkpushquery/v1/query
	// behind an OAuth token fetch), which webhookack's doc allows ("one
	// payment status read from the provider"); the payment model does not
	// see that query as a status read.
	"audit3/mobile/mpesahooks": {
		{"callbacks.go:79", "[webhookack] webhook handler calls mpesa.Client.QuerySTK, which calls mpesa.Client.post, which calls mpesa.Client.accessToken, which calls an external API (http.Client.Do) before answering; a slow answer makes the provider time out and deliver again — answer 2xx first and process asynchronously"},
	},
}

// TestAudit3mobile runs every analyzer over the mobile corpus in one load.
func TestAudit3mobile(t *testing.T) {
	runAudit(t, audit3MobilePackages, knownFalseAlarms3mobile, "knownFalseAlarms3mobile")
}
