package analyzers_test

import "testing"

// The audit7 edtech corpus (testdata/src/audit7/edtech/...) is an
// online-course marketplace written blind, as a modular monolith
// (internal/billing, enrollment, payouts, refunds, webhooks, paypalflow,
// molliepay, media) wired by hand in app with go-chi: Stripe Checkout and
// Connect, PayPal orders, Mollie, a Paddle-style and a Wise-style REST
// client. Same conventions as audit_test.go.

// audit7edtechPackages are the corpus packages, each analysed by every rule.
var audit7edtechPackages = []string{
	"audit7/edtech/app",
	"audit7/edtech/internal/billing",
	"audit7/edtech/internal/enrollment",
	"audit7/edtech/internal/media",
	"audit7/edtech/internal/molliepay",
	"audit7/edtech/internal/paddle",
	"audit7/edtech/internal/payouts",
	"audit7/edtech/internal/paypalflow",
	"audit7/edtech/internal/refunds",
	"audit7/edtech/internal/webhooks",
}

// knownFalseAlarms7edtech, per corpus package (directory).
var knownFalseAlarms7edtech = map[string][]falseAlarm{}

func TestAudit7edtech(t *testing.T) {
	runAudit(t, audit7edtechPackages, knownFalseAlarms7edtech, "knownFalseAlarms7edtech")
}
