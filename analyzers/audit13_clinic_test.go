package analyzers_test

import "testing"

// The audit13 clinic corpus (testdata/src/audit13/clinic/...) is a
// telehealth clinic's billing backend: appointment deposits held with
// manual capture on stripe-go PaymentIntents (captured after the visit,
// released on no-show) and patient refunds, copays through braintree-go,
// an insurance-claims clearinghouse (hand-written REST client, claims
// polled until adjudicated), Mercado Pago for LATAM patients with return
// pages on echo, Midtrans virtual accounts for Indonesian patients, a
// pharmacy partner paid monthly through a hand-written bank API keyed by
// requestReference; webhooks on echo, chi and go-zero; asynq and machinery
// workers; gorm, pgx, sqlx and database/sql; look-alikes around video
// rooms, lab results, EHR syncs, reminders and an availability cache.
// Written blind, in the conventions of audit_test.go: `// want` on true
// mistakes paylint reports, `// audit: missed <rule>: ...` on true
// mistakes it misses, knownFalseAlarms13clinic for what it reports wrongly.
//
// Blind figure, measured at dab34ec (corpus commit 67a15e7): TP 13, FP 2,
// FN 10. The key had 23 rule-findings (latam/service.go:45 counts for
// pollcreate and idempotency); paylint reported 15 diagnostics.
//
// Per rule (TP/FP/FN): idempotency 3/1/1, pollcreate 0/0/2, pollinterval
// 1/0/1, pollbound 1/0/2, redirectfulfill 2/0/1, webhookverify 0/0/2,
// retrystatus 1/0/1, retrybackoff 2/0/0, webhookdedupe 2/1/0,
// webhookack 1/0/0.
//
// After the fixes of the stop that measured it (no longer blind): 22
// reported (three of them at main's binding: see the `// audit: reported
// at` markers), one missed (deposits/http.go:29: the booking confirmed on
// an authorised hold the page never tested — a hold is deliberately not a
// paid state), no false alarm. Since h16 (a return page recording a
// payment hold, handler/holdpages.go) that one is reported too, at
// main's binding (cmd/clinicd/main.go:82): 23/0. claims/tracker.go:22 is reported since
// claims billed in minor units to a payer count as payment requests. The
// lists below are the blind run's.
//
// Misses:
//   - idempotency latam/service.go:45: Mercado Pago payments.Create re-run
//     on each round of a for loop after platform.WaitFor (poll helper of
//     another package) gives up with (false, nil) while in_process; the
//     SDK sends a new key each call.
//   - pollcreate latam/service.go:45: the same shape (create, wait through
//     a poll helper of another package, go round on "still pending").
//   - pollcreate idpay/service.go:72: Midtrans ChargeTransaction (through
//     the same-package wrapper s.charge) in the timeout branch of the
//     CheckTransaction loop, a new order id per renewal.
//   - pollinterval idpay/service.go:81: time.After(platform.MidtransPollEvery)
//     in a select, 1500ms constant of another package, CheckTransaction
//     read on the value receiver of a coreapi.Client field.
//   - pollbound deposits/service.go:86: paymentintent.Get loop bounded by
//     ctx, exits only on requires_capture || succeeded (no canceled /
//     requires_payment_method exit).
//   - pollbound claims/tracker.go:22: clearinghouse GET /v1/claims/{id}
//     through a same-package client method, for{} with errors logged and
//     continued, no ctx/cap (caveat: a claim, not a card payment).
//   - redirectfulfill deposits/http.go:29: Stripe return handler (reads
//     payment_intent from the query, route /deposits/complete in main)
//     retrieves the PaymentIntent but checks only its metadata, then
//     ConfirmBooking (a SetDeposit "authorized" write in the same package).
//   - webhookverify webhooks/midtrans.go:60: SHA512 signature_key compare
//     (string ==) run only if serverKey != "" (constructor accepts ""),
//     then the body's transaction_status applied through an interface
//     wired in main to idpay.Service.ApplyNotification (MarkPaid).
//   - webhookverify webhooks/stripe.go:79: echo handler, ConstructEvent only
//     when h.verify (= !sandbox, set in the constructor), else
//     json.Unmarshal; effect through an interface (Bookings) wired in main.
//   - retrystatus claims/client.go:74: hand-written loop, success only on
//     202/200, every other status retried with a doubling wait (caveat:
//     a claim, not a card payment).
//
// False alarms:
//   - idempotency pharmacy/bank.go:126: the body's requestReference
//     ("adj-" + id, made once before the loop) is the bank's duplicate key;
//     a stable body key named requestReference is not recognised.
//   - webhookdedupe webhooks/midtrans.go:67: the receipt is sent only when
//     ApplyNotification (idpay.Service, behind an interface wired in main)
//     returns changed == true, which it does not once the stored visit is
//     paid (a stored-state guard whose result the handler checks).
//     Silent since fp15w: the handler leaves an effect gated by a use
//     case main binds to the binding, where idpay.Service.ApplyNotification
//     is a changed-state flag (handler/changedflag.go, usecasegate.go).
//
// Note: pharmacy/bank.go:97 (a true per-attempt requestReference made with
// time.Now in buildTransfer) is reported as "without an idempotency key",
// not as a key made anew per attempt: right line and rule, other reason.

var audit13clinicPackages = []string{
	"audit13/clinic/domain",
	"audit13/clinic/platform",
	"audit13/clinic/store",
	"audit13/clinic/deposits",
	"audit13/clinic/copays",
	"audit13/clinic/claims",
	"audit13/clinic/latam",
	"audit13/clinic/idpay",
	"audit13/clinic/pharmacy",
	"audit13/clinic/webhooks",
	"audit13/clinic/telecare",
	"audit13/clinic/workers",
	"audit13/clinic/cmd/clinicd",
}

// knownFalseAlarms13clinic, per corpus package.
var knownFalseAlarms13clinic = map[string][]falseAlarm{}

func TestAudit13clinic(t *testing.T) {
	runAudit(t, audit13clinicPackages, knownFalseAlarms13clinic, "knownFalseAlarms13clinic")
}
