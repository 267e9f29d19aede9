package analyzers_test

import "testing"

// The audit22 telehealth corpus (testdata/src/audit22/telehealth/...) is a US telehealth marketplace backend: patients pay per consultation by card (stripe-go v82 Checkout and PaymentIntents through stripe.Client; Checkout.com checkout-sdk-go for the UK clinics), by PayPal vaulted in braintree-go, by bank debit through a hand-written AchRail (Dwolla-style) client over net/http, or in USDC confirmed with go-ethereum; clinicians are paid weekly by Stripe Connect transfers and payouts; clinics buy seat subscriptions through paddle-go-sdk; a benefits partner's webhooks are verified with svix-webhooks; cancelled consults are refunded on each rail. Frameworks fiber (patient API, Stripe hooks), hertz (clinic portal, Paddle hook), iris (UK pages, partner hook) and beego (AchRail hook); stores bun (consults), database/sql with go-sql-driver/mysql (payout and billing ledger), go-redis (receipt dedupe); retries through an in-house generic platform.Retry, cenkalti/backoff v5 and sethvargo/go-retry; a platform.WaitFor poll helper, a fail-open svix verifier and a Stripe signature middleware in another package; the cmd wires the four servers and the workers. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit22telehealthPackages = []string{
	"audit22/telehealth/config",
	"audit22/telehealth/platform",
	"audit22/telehealth/domain",
	"audit22/telehealth/store",
	"audit22/telehealth/ach",
	"audit22/telehealth/billing",
	"audit22/telehealth/payouts",
	"audit22/telehealth/chain",
	"audit22/telehealth/clinics",
	"audit22/telehealth/webhooks",
	"audit22/telehealth/api",
	"audit22/telehealth/cmd/telehealthd",
}

// knownFalseAlarms22telehealth, per corpus package.
var knownFalseAlarms22telehealth = map[string][]falseAlarm{}

func TestAudit22telehealth(t *testing.T) {
	runAudit(t, audit22telehealthPackages, knownFalseAlarms22telehealth, "knownFalseAlarms22telehealth")
}
