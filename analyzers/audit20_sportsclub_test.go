package analyzers_test

import "testing"

// The audit20 sportsclub corpus (testdata/src/audit20/sportsclub/...) is a tennis and padel club network in Europe and the US: annual memberships collected by GoCardless direct debit (gocardless-pro-go, its webhook handler), court bookings paid by iDEAL/Bancontact through the official Mollie SDK (payments, refunds, signed webhooks), by card through square-go-sdk in the US clubs (payments, orders, refunds, webhook signatures) and by a hand-written go-retryablehttp client for a Swiss TWINT-like wallet (QR payments, refunds, notifications), coaching packages sold through Adyen payment links (adyen-go-api-library Checkout, HMAC-validated notifications), front-desk card payments on the Adyen Terminal API through two resty clients configured in a constructor, no-show fees charged to stored cards through checkout-sdk-go, and refunds of rained-out outdoor courts (cenkalti/backoff for Adyen, hand-written loops for Mollie and Square). Handlers on gorilla/mux (members' API, return pages, wallet and GoCardless notifications mounted in main), iris (Mollie, Adyen and Checkout.com notifications), beego (back office and Square notifications) and fasthttp/router (the kiosk); stores on sqlx, GORM (MySQL dialector) and database/sql over MySQL; helpers in platform (a retry helper, a bounded and an unbounded poll helper, an HMAC middleware, a mailer); a robfig/cron worker over pending rows. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit20sportsclubPackages = []string{
	"audit20/sportsclub/domain",
	"audit20/sportsclub/platform",
	"audit20/sportsclub/store",
	"audit20/sportsclub/psp",
	"audit20/sportsclub/twint",
	"audit20/sportsclub/billing",
	"audit20/sportsclub/web",
	"audit20/sportsclub/hooks",
	"audit20/sportsclub/backoffice",
	"audit20/sportsclub/kiosk",
	"audit20/sportsclub/worker",
	"audit20/sportsclub/cmd/clubd",
}

// knownFalseAlarms20sportsclub, per corpus package.
var knownFalseAlarms20sportsclub = map[string][]falseAlarm{}

func TestAudit20sportsclub(t *testing.T) {
	runAudit(t, audit20sportsclubPackages, knownFalseAlarms20sportsclub, "knownFalseAlarms20sportsclub")
}
