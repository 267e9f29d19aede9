package analyzers_test

import "testing"

// The audit24 pharmacy24 corpus (testdata/src/audit24/pharmacy24/...) is an online pharmacy and telemedicine refill service in India, Brazil and Mexico: prescription orders paid through razorpay-go (orders, capture after the pharmacist's approval), Mercado Pago sdk-go (card and Pix payments, refunds of rejected prescriptions, x-signature webhooks handed to a RabbitMQ consumer), a hand-written BACEN Pix cob client over net/http, a hand-written Conekta/OXXO client over resty with its own retry condition, a hand-written RazorpayX payouts client to partner pharmacies (key built in the request builder), Razorpay subscription refills, courier cash-on-delivery reports; gin webhooks (a Pix route verified by an HMAC middleware of the platform package), fiber storefront return pages and Conekta/courier hooks, a go-zero back office; stores over sqlx and go-redis (SETNX event claims, ON CONFLICT COD rows); robfig/cron reconcilers, amqp091 consumers, cenkalti/backoff v4, sethvargo/go-retry and in-house retry and generic poll helpers in platform. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit24pharmacy24Packages = []string{
	"audit24/pharmacy24/platform",
	"audit24/pharmacy24/store",
	"audit24/pharmacy24/pix",
	"audit24/pharmacy24/conekta",
	"audit24/pharmacy24/razorpayx",
	"audit24/pharmacy24/checkout",
	"audit24/pharmacy24/webhooks",
	"audit24/pharmacy24/refills",
	"audit24/pharmacy24/storefront",
	"audit24/pharmacy24/admin",
	"audit24/pharmacy24/workers",
	"audit24/pharmacy24/cmd/pharmacyd",
}

// knownFalseAlarms24pharmacy24, per corpus package.
var knownFalseAlarms24pharmacy24 = map[string][]falseAlarm{}

func TestAudit24pharmacy24(t *testing.T) {
	runAudit(t, audit24pharmacy24Packages, knownFalseAlarms24pharmacy24, "knownFalseAlarms24pharmacy24")
}
