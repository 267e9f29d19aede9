package analyzers_test

import "testing"

// The audit20 parcels corpus (testdata/src/audit20/parcels/...) is the backend of a courier and parcel-locker platform in South-East Asia and India: prepaid shipping labels bought by small online sellers (Razorpay orders and capture through razorpay-go, Xendit invoices through xendit-go v6, a hand-written client for a PromptPay/DuitNow QR wallet aggregator with HMAC-signed callbacks, Stripe PaymentIntents for EU shippers), cash-on-delivery remittances paid out to sellers (a hand-written RazorpayX payouts client over net/http, Xendit disbursements over resty with retries), and locker credit top-ups (Midtrans Core API QRIS charges, Xendit invoices and e-wallet payment requests through xendit-go v7, the QR wallet). Handlers in echo (seller API, partner counters), fiber (locker API), go-zero (remittance API) and net/http with Go 1.22 patterns (webhooks, EU checkout); stores over gorm, sqlx and go-redis; asynq workers and robfig/cron jobs; an in-house retry helper (platform.Retry, with Permanent) and poll helper (platform.Poll, ErrStillPending), clients held in struct fields and configured by constructors with options. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit20parcelsPackages = []string{
	"audit20/parcels/platform",
	"audit20/parcels/store",
	"audit20/parcels/pay/rzp",
	"audit20/parcels/pay/xnd",
	"audit20/parcels/pay/mtr",
	"audit20/parcels/pay/qrwallet",
	"audit20/parcels/pay/eu",
	"audit20/parcels/labels",
	"audit20/parcels/remit",
	"audit20/parcels/lockers",
	"audit20/parcels/hooks",
	"audit20/parcels/cmd/parcelsd",
}

// knownFalseAlarms20parcels, per corpus package.
var knownFalseAlarms20parcels = map[string][]falseAlarm{}

func TestAudit20parcels(t *testing.T) {
	runAudit(t, audit20parcelsPackages, knownFalseAlarms20parcels, "knownFalseAlarms20parcels")
}
