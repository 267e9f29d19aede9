package analyzers_test

import "testing"

// The audit10 carrental corpus (testdata/src/audit10/carrental/...) is a
// car-rental platform: a security deposit held at pick-up and released or
// partly captured at return (Braintree in the US, stripe-go manual capture
// elsewhere), damage and fuel charges after return, a one-way fee through
// Stripe hosted checkout, a nightly cron job billing tolls and traffic
// fines to saved cards, corporate accounts invoiced monthly through
// GoCardless, Mercado Pago prepayments (cards, PIX) in Latin America, a
// hand-written partner-bank payout client (polled, with signed webhooks),
// Stripe/Braintree/GoCardless webhooks, telematics, availability cache and
// licence checks as look-alikes; chi root router with gin, echo and
// gorilla/mux sub-apps, sqlx, pgx, gorm, mongo and redis, wired in
// cmd/server. Written blind, in the conventions of audit_test.go:
// `// want` on true mistakes paylint reports, `// audit: missed <rule>: ...`
// on true mistakes it misses, knownFalseAlarms10carrental for what it
// reports wrongly.
//
// Blind figure, measured at b52e3e1: TP 19, FP 2, FN 4.
// The key had 22 mistakes; 18 were reported, plus one true mistake not in
// the key (fleetpayout/webhook.go:60: the fail-open payout webhook also
// stores a forged payout.failed status; same root as webhook.go:58).
//
// Per rule (TP/FP/FN): idempotency 4/0/2, pollcreate 1/0/1, pollinterval
// 2/0/0, pollbound 2/0/0, redirectfulfill 2/1/0, webhookverify 4/0/0,
// webhookdedupe 2/1/0, webhookack 1/0/0, retrystatus 1/0/0,
// retrybackoff 0/0/1.
//
// Since eb8daff every miss listed below is reported (its marker became a
// `// want` line, at the call or, for wiring judged in main, at the
// binding); the blind figure above stays as measured.
//
// Misses:
//   - idempotency tolls/job.go:80: retry.Do around domain.Charger.Charge
//     (interface wired in main to stripepay.Client, whose Charge calls
//     V1PaymentIntents.Create and sets a key only when the request has one;
//     the toll request has none): the stripe-go trap through an interface
//     and a conditional SetIdempotencyKey.
//   - idempotency returns/desk.go:117: key fmt.Sprintf("fuel-%s-%d", id,
//     time.Now().Unix()) built in a struct-literal field inside the
//     closure handed to platform.Do (a retry helper of another package of
//     the module), the write behind the domain.Charger interface.
//   - pollcreate fleetpayout/worker.go:61 (note on line 60): a payout
//     created on every pass of a for loop that waits through the generic
//     platform.PollUntil[T] of another package (returns (T, done bool,
//     error); done == false when its maxWait timeout ends the wait) and goes
//     round on !done. idempotency is reported on the same call.
//   - retrybackoff deposit/service.go:125: braintree Transaction().Void
//     retried 3 times in a capped for loop with no wait at all.
//
// False alarms:
//   - webhookdedupe webhooks/handlers.go:140: a partner notice sent inside
//     `if fresh { ... }`, fresh from domain.EventLog.Record (implemented in
//     the same package by SQLEventLog: INSERT ... ON CONFLICT DO NOTHING and
//     RowsAffected() == 1) — a guard checked as a positive block rather than
//     an early return, behind an interface.
//   - redirectfulfill checkout/pages.go:98: the one-way success page asks
//     the page's own Payments interface CheckoutPaid(ctx, sessionID)
//     (string, bool, error), wired in main to stripepay.Client (session
//     Retrieve, PaymentStatus == CheckoutSessionPaymentStatusPaid), and
//     returns when !paid before MarkOneWayPaid.

var audit10carrentalPackages = []string{
	"audit10/carrental/domain",
	"audit10/carrental/platform",
	"audit10/carrental/deposit",
	"audit10/carrental/stripepay",
	"audit10/carrental/tolls",
	"audit10/carrental/corporate",
	"audit10/carrental/latam",
	"audit10/carrental/fleetpayout",
	"audit10/carrental/webhooks",
	"audit10/carrental/fleet",
	"audit10/carrental/checkout",
	"audit10/carrental/returns",
	"audit10/carrental/cmd/server",
}

// knownFalseAlarms10carrental, per corpus package.
var knownFalseAlarms10carrental = map[string][]falseAlarm{}

func TestAudit10carrental(t *testing.T) {
	runAudit(t, audit10carrentalPackages, knownFalseAlarms10carrental, "knownFalseAlarms10carrental")
}
