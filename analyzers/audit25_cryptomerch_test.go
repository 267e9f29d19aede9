package analyzers_test

import "testing"

// The audit25 cryptomerch corpus (testdata/src/audit25/cryptomerch/...) is a creator merchandise and digital collectibles shop that sells limited drops by card and by stablecoin, takes pre-order deposits, pays creators out (USDC on-chain through go-ethereum with a KMS signer, a bank payout rail over net/http, Stripe Connect transfers), refunds card and stablecoin payments, sells loyalty top-ups over Lightning (lnd lnrpc AddInvoice, LookupInvoice, SubscribeInvoices) and watches on-chain settlement (TransactionReceipt, HeaderByNumber). Card checkout and refunds go through stripe-go v82 (checkout sessions, refund.New, transfer.New, webhook.ConstructEvent); crypto checkout through a hand-written Coinbase Commerce-style client over resty (charges created and polled, X-CC-Webhook-Signature HMAC). The storefront and staff API is gin (with a custody partner's callbacks behind a group HMAC middleware), the webhook listener is fiber; orders, pre-orders, payouts and shipments live in gorm, webhook events, loyalty balances and top-ups in mongo; a platform package holds the retry helper, a generic Poller[T], the HMAC verifier and middleware; workers are a goroutine over pending payouts, robfig/cron jobs (reconciliation, bank payouts, transfers), a receipt mailer and a parcel tracker; cenkalti/backoff v4 retries Stripe calls. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit25cryptomerchPackages = []string{
	"audit25/cryptomerch/platform",
	"audit25/cryptomerch/store",
	"audit25/cryptomerch/chain",
	"audit25/cryptomerch/commerce",
	"audit25/cryptomerch/cards",
	"audit25/cryptomerch/shop",
	"audit25/cryptomerch/api",
	"audit25/cryptomerch/hooks",
	"audit25/cryptomerch/jobs",
	"audit25/cryptomerch/cmd/merchd",
}

// knownFalseAlarms25cryptomerch, per corpus package.
var knownFalseAlarms25cryptomerch = map[string][]falseAlarm{}

func TestAudit25cryptomerch(t *testing.T) {
	runAudit(t, audit25cryptomerchPackages, knownFalseAlarms25cryptomerch, "knownFalseAlarms25cryptomerch")
}
