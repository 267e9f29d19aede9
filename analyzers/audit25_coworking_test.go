package analyzers_test

import "testing"

// The audit25 coworking corpus (testdata/src/audit25/coworking/...) is the backend of a flexible-workspace operator in the UK, the Netherlands and Germany: day passes and meeting rooms paid by card through Adyen Checkout (sessions, pay-by-link for phone bookings, office deposits captured or released, refunds of cancelled bookings through an asynq task), monthly memberships and overage charges collected by GoCardless direct debit (with the SDK's verifying webhook handler for the UK creditor and a hand-written one for the Dutch creditor), company invoices and meeting-room packs on Stripe (invoices, payment intents, a verified invoice webhook that mails receipts), and landlord revenue-share payouts through a hand-written REST client of a bank-transfer provider (net/http with a shared platform.Retry helper, go-retryablehttp for account checks, HMAC-verified status callbacks behind a chi middleware of the hooks package). Frameworks echo (member bookings), chi (portal and provider callbacks) and net/http (front-desk kiosk); stores pgx, bun and go-redis; background work in asynq tasks, time.Ticker workers and avast/retry-go; helpers in platform (retry with backoff, a capped WaitUntil poll helper with an ErrStillPending sentinel). Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit25coworkingPackages = []string{
	"audit25/coworking/platform",
	"audit25/coworking/store",
	"audit25/coworking/adyenpay",
	"audit25/coworking/directdebit",
	"audit25/coworking/bankpay",
	"audit25/coworking/invoicing",
	"audit25/coworking/hooks",
	"audit25/coworking/web",
	"audit25/coworking/jobs",
	"audit25/coworking/cmd/coworkingd",
}

// knownFalseAlarms25coworking, per corpus package.
var knownFalseAlarms25coworking = map[string][]falseAlarm{}

func TestAudit25coworking(t *testing.T) {
	runAudit(t, audit25coworkingPackages, knownFalseAlarms25coworking, "knownFalseAlarms25coworking")
}
