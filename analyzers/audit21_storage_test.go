package analyzers_test

import "testing"

// The audit21 storage corpus (testdata/src/audit21/storage/...) is the backend of a self-storage operator in the UK and Australia: online move-in through a Stripe Checkout Session (first month and deposit), cards saved with SetupIntents and charged off-session for rent (with a portal "pay now" and a desk arrears charge that waits on the PaymentIntent), deposit refunds, Bacs and BECS direct debit through gocardless-pro-go (a SDK-verified UK webhook and a hand-verified AU one), Braintree for three acquired legacy sites (transparent-redirect return page, desk sale on a vaulted card, refunds that read the transaction back), an Adyen payment-link kiosk on echo (QR long-poll, return page, HMAC-checked notifications), and Wattle Pay, an Australian card gateway reached by a hand-written go-retryablehttp client held in a struct field and configured in a constructor (counter purchases with a settle wait, tokenised rent, refunds, notifications behind a signature middleware of its package). Stores are a sqlc-style query layer over pgxpool and hand-written database/sql queries with generics; the site is chi, the legacy pages net/http, the kiosk echo; a robfig/cron schedule drives the rent runs, AU reconciliation, late fees with gate overlocks and the lien/auction process; platform holds the config, an in-house retry helper, a poll helper, a fail-open Stripe event parser and the in-house job runner; gate is the gate-access controller's REST client. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit21storagePackages = []string{
	"audit21/storage/platform",
	"audit21/storage/db",
	"audit21/storage/store",
	"audit21/storage/gate",
	"audit21/storage/billing",
	"audit21/storage/directdebit",
	"audit21/storage/aupay",
	"audit21/storage/legacy",
	"audit21/storage/kiosk",
	"audit21/storage/web",
	"audit21/storage/worker",
	"audit21/storage/cmd/storaged",
}

// knownFalseAlarms21storage, per corpus package.
var knownFalseAlarms21storage = map[string][]falseAlarm{}

func TestAudit21storage(t *testing.T) {
	runAudit(t, audit21storagePackages, knownFalseAlarms21storage, "knownFalseAlarms21storage")
}
