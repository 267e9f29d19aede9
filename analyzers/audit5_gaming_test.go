package analyzers_test

import "testing"

// audit5gamingPackages are the round-5 blind audit corpus of a mobile
// game studio's backend (Alipay, WeChat Pay, Stripe Checkout, Mollie, a
// pay-station REST API; gin, fiber, hertz, echo, net/http).
var audit5gamingPackages = []string{
	"audit5/gaming/alipay",
	"audit5/gaming/wechatpay",
	"audit5/gaming/wxnotify",
	"audit5/gaming/shop",
	"audit5/gaming/wallet",
	"audit5/gaming/stripehooks",
	"audit5/gaming/mollieshop",
	"audit5/gaming/paystation",
	"audit5/gaming/social",
	"audit5/gaming/gameapi",
}

// knownFalseAlarms5gaming, per corpus package: reported on the blind
// corpus but not mistakes (each with why).
var knownFalseAlarms5gaming = map[string][]falseAlarm{
	"audit5/gaming/shop": {
		// a blind retry of every stripe-go error, which docs/rules/retrystatus.md lists as silent (and a Checkout Session create has no card_error)
		{"checkout.go:41", "[retrystatus] stripe session.New is retried by a for loop (line 40): every error is retried unread, including the API's refusals: stripe errors of type card_error and invalid_request_error are retried, which will fail the same way again (a declined card, an invalid request); retry only network errors, api_error and rate limits (429)"},
		// same: blind stripe retry (with a stable key), documented as silent
		{"checkout.go:89", "[retrystatus] stripe session.New is retried by a for loop (line 85): every error is retried unread, including the API's refusals: stripe errors of type card_error and invalid_request_error are retried, which will fail the same way again (a declined card, an invalid request); retry only network errors, api_error and rate limits (429)"},
	},
}

func TestAudit5gaming(t *testing.T) {
	runAudit(t, audit5gamingPackages, knownFalseAlarms5gaming, "knownFalseAlarms5gaming")
}
