package analyzers_test

import "testing"

// The audit23 airline corpus (testdata/src/audit23/airline/...) is a regional airline's booking backend for Europe and Latin America: fare bookings with seat holds in go-redis that expire (swept by a ticker-driven sweeper), seat and bag ancillaries bought after booking (Adyen stored-card payments, pay-by-link, a kiosk hosted page, Mercado Pago Checkout Pro), refunds and vouchers on cancelled flights (Adyen refunds, legacy stripe-go refunds), travel-agent commission payouts through an asynq task over a shared platform.Send sender, and installment plans in Brazil and Mexico (mercadopago sdk-go with avast/retry-go) beside Pix charges over a hand-written BACEN API Pix client. Providers: adyen-go-api-library v21 (sessions, payments, payment links, refunds, HMAC notifications through a verifier in adyenpay), a hand-written PayPal Orders v2 client over go-retryablehttp (create, capture, order reads, REST webhook verification), mercadopago sdk-go (payments, preferences, webhook.ValidateSignature), stripe-go v82 refunds. Frameworks: echo (booking API, kiosk and return pages), chi (notifications, PayPal return, a Pix route behind HMAC middleware mounted in main) and net/http (Mercado Pago back pages); stores: gorm (with a generic Repo[T]) and pgx (ledger with ON CONFLICT, commissions); helpers in platform (Retry with growing backoff, WaitFor poll helper, Send, HMACGuard) and a GDS client. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit23airlinePackages = []string{
	"audit23/airline/config",
	"audit23/airline/domain",
	"audit23/airline/platform",
	"audit23/airline/store",
	"audit23/airline/gds",
	"audit23/airline/adyenpay",
	"audit23/airline/paypal",
	"audit23/airline/latam",
	"audit23/airline/refunds",
	"audit23/airline/jobs",
	"audit23/airline/web",
	"audit23/airline/cmd/airlined",
}

// knownFalseAlarms23airline, per corpus package.
var knownFalseAlarms23airline = map[string][]falseAlarm{}

func TestAudit23airline(t *testing.T) {
	runAudit(t, audit23airlinePackages, knownFalseAlarms23airline, "knownFalseAlarms23airline")
}
