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
	// None left. Fixed: mpesahooks callbacks.go:79, a callback confirmed
	// with one STK status query (its sender fetches an OAuth token first)
	// taken for slow work before the answer (handler/ack.go).
}

// TestAudit3mobile runs every analyzer over the mobile corpus in one load.
func TestAudit3mobile(t *testing.T) {
	runAudit(t, audit3MobilePackages, knownFalseAlarms3mobile, "knownFalseAlarms3mobile")
}
