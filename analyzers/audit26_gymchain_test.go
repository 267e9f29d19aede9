package analyzers_test

import "testing"

// The audit26 gymchain corpus (testdata/src/audit26/gymchain/...) is the billing backend of a chain of gyms and climbing walls in Brazil, Mexico, Colombia and the US: monthly memberships renewed by a time.Ticker worker (Pagar.me orders through an asynq task in Brazil, dLocal card payments through an in-house retry helper in Mexico and Colombia, stripe-go payment intents under cenkalti/backoff v5 in the US), Mercado Pago sdk-go payments (go-retry) and preapproval subscriptions, day passes sold at the door tablet (fasthttp) by Pix, card and dLocal with inline polls and a generic platform.Poller, personal-training packages, freezes with pro-rated refunds (Pagar.me DELETE charge, dLocal refunds, stripe refunds) and monthly dLocal payouts to franchise owners through asynq; a hand-written Pagar.me v5 client over net/http (basic-auth webhooks and HMAC postbacks), a hand-written dLocal client over resty (X-Idempotency-Key, V2-HMAC-SHA256 signing and notification checks); chi for the API, return pages and webhooks (a Mercado Pago signature middleware in platform, routes registered in httpapi and in main), beego for the member portal's Mercado Pago back_urls; pgx, mongo and go-redis stores. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit26gymchainPackages = []string{
	"audit26/gymchain/domain",
	"audit26/gymchain/platform",
	"audit26/gymchain/pagarme",
	"audit26/gymchain/dlocal",
	"audit26/gymchain/store",
	"audit26/gymchain/billing",
	"audit26/gymchain/httpapi",
	"audit26/gymchain/portal",
	"audit26/gymchain/tablet",
	"audit26/gymchain/cmd/gymchaind",
}

// knownFalseAlarms26gymchain, per corpus package.
var knownFalseAlarms26gymchain = map[string][]falseAlarm{}

func TestAudit26gymchain(t *testing.T) {
	runAudit(t, audit26gymchainPackages, knownFalseAlarms26gymchain, "knownFalseAlarms26gymchain")
}
