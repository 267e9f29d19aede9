package analyzers_test

import "testing"

// The audit21 salons corpus (testdata/src/audit21/salons/...) is the backend of a beauty salon and barber chain in Brazil, Mexico and Argentina: booking deposits (a hand-written PIX PSP client creating cob charges by txid with OAuth and HMAC-signed callbacks, Mercado Pago Checkout Pro preferences, stripe-go PaymentIntents in Mexico), no-show fees (stripe-go off-session on saved cards from asynq tasks, Mercado Pago payments keyed through requestoptions), gift cards (Mercado Pago PIX payments and reloads, Stripe return pages), front-desk product sales (PIX QR on the desk tablet, a resty client of an OXXO cash-voucher aggregator, NFC-e issued through a fiscal API) and weekly stylist commission payouts over a hand-written disbursement rail client (advances from the stylist app, a robfig/cron pass with claims, a settlement poll). Handlers on gin (public site, Mercado Pago return pages and notification), net/http Go 1.22 patterns (Stripe and payout callbacks, PIX callback behind a signature middleware of another package, Mexican return pages) and fiber (front desk, OXXO notification mounted in main); gorm on Postgres with a generic repository, go-redis locks, asynq workers, avast/retry-go and an in-house platform.Retry and generic platform.WaitFor. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit21salonsPackages = []string{
	"audit21/salons/platform",
	"audit21/salons/store",
	"audit21/salons/pix",
	"audit21/salons/oxxo",
	"audit21/salons/mpago",
	"audit21/salons/cards",
	"audit21/salons/payouts",
	"audit21/salons/salon",
	"audit21/salons/hooks",
	"audit21/salons/jobs",
	"audit21/salons/web",
	"audit21/salons/cmd/salonsd",
}

// knownFalseAlarms21salons, per corpus package.
var knownFalseAlarms21salons = map[string][]falseAlarm{}

func TestAudit21salons(t *testing.T) {
	runAudit(t, audit21salonsPackages, knownFalseAlarms21salons, "knownFalseAlarms21salons")
}
