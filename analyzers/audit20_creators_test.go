package analyzers_test

import "testing"

// The audit20 creators corpus (testdata/src/audit20/creators/...) is a creator membership platform: fans subscribe to creators' tiers through Stripe Checkout (subscription mode) or, in the EU, through Paddle Billing transactions with VAT-inclusive catalog prices; buy one-off downloads through Stripe Checkout (payment mode), a one-click saved-card PaymentIntent, a hand-written Lemon Squeezy REST client or plutov/paypal orders; tip during live streams on a hertz service (saved-card PaymentIntents, a stream overlay hub); and get monthly payouts by Stripe Connect transfers and connected-account payouts, PayPal Payouts batches or USDC on Base through go-ethereum with a KMS-backed signer. Stores are pgx (memberships, purchases, earnings), bun (payout ledger), mongo (tips, webhook receipts) and go-redis (dedupe keys, FX snapshots); webhooks are net/http handlers mounted on chi (Paddle's verifier middleware on its route), the fan API is gin, outgoing notifications go to creators' Svix apps over REST; background work runs on a machinery worker (refunds, PayPal captures, receipts), a generic in-house job runner (payouts) and go-retry/retry-go/cenkalti backoff around provider calls, with a generic retry helper and a generic poll helper in platform. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit20creatorsPackages = []string{
	"audit20/creators/config",
	"audit20/creators/platform",
	"audit20/creators/store",
	"audit20/creators/notify",
	"audit20/creators/lemon",
	"audit20/creators/billing",
	"audit20/creators/payouts",
	"audit20/creators/live",
	"audit20/creators/hooks",
	"audit20/creators/api",
	"audit20/creators/worker",
	"audit20/creators/cmd/creatorsd",
}

// knownFalseAlarms20creators, per corpus package.
var knownFalseAlarms20creators = map[string][]falseAlarm{}

func TestAudit20creators(t *testing.T) {
	runAudit(t, audit20creatorsPackages, knownFalseAlarms20creators, "knownFalseAlarms20creators")
}
