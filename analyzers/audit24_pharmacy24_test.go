package analyzers_test

import "testing"

// The audit24 pharmacy24 corpus (testdata/src/audit24/pharmacy24/...) is an online pharmacy and telemedicine refill service in India, Brazil and Mexico: prescription orders paid through razorpay-go (orders, capture after the pharmacist's approval), Mercado Pago sdk-go (card and Pix payments, refunds of rejected prescriptions, x-signature webhooks handed to a RabbitMQ consumer), a hand-written BACEN Pix cob client over net/http, a hand-written Conekta/OXXO client over resty with its own retry condition, a hand-written RazorpayX payouts client to partner pharmacies (key built in the request builder), Razorpay subscription refills, courier cash-on-delivery reports; gin webhooks (a Pix route verified by an HMAC middleware of the platform package), fiber storefront return pages and Conekta/courier hooks, a go-zero back office; stores over sqlx and go-redis (SETNX event claims, ON CONFLICT COD rows); robfig/cron reconcilers, amqp091 consumers, cenkalti/backoff v4, sethvargo/go-retry and in-house retry and generic poll helpers in platform. Written blind, in the conventions of audit_test.go.
//
// Blind figure, measured at 757c90f8 (main HEAD; corpus commit 360be333):
// TP 15, FP 1, FN 5. The key had 20 mistakes; 11 were reported at the
// key's line and four at another line of the same mistake
// (webhooks/razorpay.go:74, the first paid-state write after the
// fail-open check, for :57, with a second report of it at :91, the
// refund branch, counted once; refills/handler.go:59 for :61;
// workers/settle.go:46, the retried call, for razorpayx/payouts.go:74;
// workers/reconcile.go:63, the retried read, for :62).
//
// Per rule (TP/FP/FN): idempotency 3/0/0, pollcreate 2/0/1, pollinterval
// 1/0/0, pollbound 2/0/1, redirectfulfill 2/0/1, webhookverify 2/0/1,
// retrystatus 1/1/0, retrybackoff 0/0/1, webhookdedupe 1/0/0,
// webhookack 1/0/0.
//
// False alarms: none left.
//
// Now silent: retrystatus workers/consumers.go:74 (platform.DoHTTP
// stops on a *platform.StatusError whose code is not transient, and
// razorpayx.CreatePayout returns one for every non-2xx answer, so a 4xx
// is not retried): the helper's test `errors.As(err, &se) &&
// !Transient(se.Code)` was read in two halves, and se, filled by
// errors.As rather than assigned, looked untouched by the attempt, so
// the second half went both ways and the helper seemed to send every
// failure round. The variable errors.As fills (or a type assertion or a
// type switch over the error binds) now carries the failed attempt's
// status through the helper's loop (retry/flowcarrier.go), and the
// helper's failure filter says only 408/429/5xx go round.
//
// Now reported: retrybackoff workers/consumers.go:83 (a failed payout
// requeued with Nack and no wait): the consumer retries through
// platform.DoHTTP first, so the requeue was the outer of two retries
// and the rule judged only the inner one. A broker requeue that hands
// the message back at once after inner retries with an attempt cap or a
// deadline gave up is now judged too (retry.RequeueAfterRetries):
// RabbitMQ delivers it again at once, and the attempts start over with
// no wait and no cap on the deliveries.
//
// Now reported: webhookverify storefront/storefront.go:111 (Conekta's
// posted payment_status, "paid", stored by store.Orders.SetStatus with
// no check of Conekta's digest header), at its bare fiber mount
// cmd/pharmacyd/main.go:105 (app.Post("/hooks/conekta",
// sf.ConektaEvents), nothing in front): a handler that decodes the POST
// body and hands the posted payment status to a store writing an order's
// status column is a payment notification by what it does, judged at
// the mount with nothing in front of it (handler/postedpaid.go).
//
// Now reported: pollcreate checkout/mercadopago.go:49 (a Mercado Pago
// Pix payment created again when platform.WaitFor gives up while it may
// still be paid): WaitFor takes fetch and done as two parameters (its
// summary names the done parameter, retry/doneparam.go), so the call is a
// poll of what fetch reads whose stop is the caller's done literal over
// the SDK's Response (its "approved"/"rejected"/"cancelled" are Mercado
// Pago's states, poll/readtype.go OfLitRead); a payment created on every
// pass around such a helper is now reported when the wait can give up
// while the payment is pending (the pass gave it a two-minute timeout)
// and the pass goes round on its error (poll/recreate.go pendingLost).
//
// Misses: none left.
//
// Now reported: redirectfulfill refills/handler.go:76 (the first refill
// box released on the return URL's status; neither the subscription nor
// razorpay_signature is checked): GET /refills/complete names a return
// in the shop's own words ("refills" is no payment word), and the page
// compares the status the query string carries with a paid value
// ("active"), so it is a return page by what it does
// (handler/returnstatus.go); h.shipper.ShipRefill is then its
// fulfilment.
//
// Reported since the blind figure (a want line now): pollbound
// workers/reconcile.go:42: pix.Await is bounded only by its context and
// is handed context.Background(); a cob that stays ATIVA is polled
// forever and blocks the job. Await polls through platform.WaitFor(ctx,
// every, fetch, done), a generic helper handed its done predicate as a
// parameter: the helper's summary now names that parameter
// (retry/doneparam.go) and the caller's argument there is the poll's
// status exit; the argument, pix.Settled, switches over the cob's status
// constants CONCLUIDA and REMOVIDA_*, words of the BACEN API Pix that the
// Pix cob read (GET /v2/cob/{txid}) returning *Cob defines
// (poll/readtype.go). Await is then a poll bounded only by its context,
// and the call handing it context.Background() is reported.

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
