package analyzers_test

import "testing"

// The audit21 festival corpus (testdata/src/audit21/festival/...) is a cashless music-festival platform in Europe: attendees top up an RFID wristband online (Adyen Checkout sessions, /payments/details and payment links through adyen-go-api-library; iDEAL and Bancontact through the community Mollie SDK VictorAvelar/mollie-api-go) or at top-up booths (a hand-written REST client for a SumUp-like card-reader API whose checkouts are pushed to a reader and polled), bar crews are tipped over Lightning (lnd), tickets and VIP upgrades are sold through plutov/paypal, vendors are paid out nightly through a hand-written transfer client over resty with RichardKnop/machinery tasks, and unspent balance is refunded after the event. Handlers run on hertz (web shop), iris (staff, booths, Mollie), beego (PayPal) and fasthttp/router (provider callbacks); stores are bun over Postgres, mongo and go-redis; helpers live in platform (a generic retry helper, an HTTP sender that retries, a poll helper, an HMAC middleware, a mailer), retries use sethvargo/go-retry and cenkalti/backoff v5. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit21festivalPackages = []string{
	"audit21/festival/config",
	"audit21/festival/platform",
	"audit21/festival/store",
	"audit21/festival/adyenpay",
	"audit21/festival/molliepay",
	"audit21/festival/booth",
	"audit21/festival/tickets",
	"audit21/festival/lightning",
	"audit21/festival/payouts",
	"audit21/festival/wallet",
	"audit21/festival/api",
	"audit21/festival/cmd/festivald",
}

// knownFalseAlarms21festival, per corpus package.
var knownFalseAlarms21festival = map[string][]falseAlarm{}

func TestAudit21festival(t *testing.T) {
	runAudit(t, audit21festivalPackages, knownFalseAlarms21festival, "knownFalseAlarms21festival")
}
