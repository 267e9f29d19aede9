package analyzers_test

import "testing"

// The audit11 freight corpus (testdata/src/audit11/freight/...) is a
// freight-logistics invoicing backend: shippers pay freight invoices by
// card and ACH on stripe-go, by Checkout.com cards (checkout-sdk-go), by
// Mercado Pago (Pix, boleto, cards) and through a hand-written cross-border
// wallet gateway with signed notifications (xborder); carriers get
// quick-pay payouts from a hand-written fintech API (created, then polled)
// and fuel-card loads through a self-retrying resty client; workers settle
// delivered-but-unpaid loads, collect overdue invoices and follow ACH
// debits; webhooks in gin, echo, fiber, chi and net/http and the hosted
// payment return pages are routed in cmd/freightd. Look-alikes: GPS/ELD
// polls, rate quotes, document OCR retries, dispatch SMS and mail. Written
// blind, in the conventions of audit_test.go: `// want` on true mistakes
// paylint reports, `// audit: missed <rule>: ...` on true mistakes it
// misses, knownFalseAlarms11freight for what it reports wrongly.
//
// Blind figure, measured at 6fce4a1 (corpus commit 3428c14): TP 18, FP 0,
// FN 9. The key had 26 mistakes; 17 were reported, plus one true mistake
// the key counted once: httpapi/xborder_hooks.go:80, the fail-open
// verification reported again at the invoice path's MarkPaid besides the
// prepayment path's CreditShipper (line 68).
//
// Per rule (TP/FP/FN): idempotency 2/0/4, pollcreate 2/0/1, pollinterval
// 2/0/0, pollbound 2/0/0, redirectfulfill 3/0/0, webhookverify 3/0/1,
// retrystatus 0/0/2, retrybackoff 1/0/0, webhookdedupe 2/0/0,
// webhookack 1/0/1.
//
// Misses:
//   - idempotency ckopay/client.go:52: Cko key made with time.Now() in
//     the request-building helper paymentRequest, called inside the
//     callback handed to retryx.Do, an in-house generic retry helper of
//     another package (internal/retryx).
//   - idempotency quickpay/client.go:110: Idempotency-Key from c.newKey(),
//     a func-valued struct field set to uuid.NewString in the constructor,
//     set on every attempt of the client's send retry loop (used by
//     CreatePayout).
//   - idempotency worker/fuel.go:44: POST /v1/cards/{id}/funding with no
//     key through a resty client whose SetRetryCount(3) is set in the
//     constructor NewFuelCards (a struct field, not the same function).
//   - idempotency + pollcreate worker/collect.go:59: a loop that calls
//     ckopay Authorize (another package, a new key per call), waits through
//     the same-package cardSettled (bounded poll of GetPaymentDetails via
//     the ckopay.Details wrapper, returns (false, nil) while Pending) and
//     authorizes again.
//   - webhookverify cmd/freightd/routes.go:73: handler of another package
//     (httpapi.PayoutHooks.Handle, no verification of its own) mounted on
//     the root chi router with r.Post; its other route sits in
//     r.Route("/hooks/quickpay", ...) behind qr.Use(signing.Middleware).
//   - retrystatus xborder/gateway.go:90: hand-written loop whose only exit
//     is StatusCode == 200; every other status falls through to a doubling
//     sleep and goes round (POST /v1/trades with a stable body-level key).
//   - retrystatus quickpay/client.go:176: cenkalti backoff.RetryWithData
//     operation returning a plain error for every status other than
//     201/200 (POST /v1/payouts/instant).
//   - webhookack httpapi/payout_hooks.go:73: ops.Dispatcher.Text (a POST
//     to an SMS gateway through http.Client.Do, another package, concrete
//     field) before w.WriteHeader(200).
//
// Since f12: retrystatus xborder/gateway.go:90 and quickpay/client.go:176
// are reported (a decode test on the success branch no longer stops the
// walk: internal/retrycond/okopaque.go).
// Idempotency quickpay/client.go:110 is reported (a key from an unexported
// func field whose only value makes a fresh id: payment/makerfield.go).
// Idempotency worker/fuel.go:44 is reported at the chain's start (line
// 40): an amount sent to ".../{id}/funding" makes the word a payment
// resource of the package (payment/funding.go).
//
// Since s12: idempotency ckopay/client.go:52 and idempotency and
// pollcreate worker/collect.go:59 are reported: a call through an
// unexported field of the package's own interface type, whose every value
// in the package is the SDK's *nas.Client, is that SDK method
// (payment/sdkfield.go).
//
// Since sl12: webhookack httpapi/payout_hooks.go:73 is reported where
// cmd/freightd binds sms (main.go:74): a handler known as a webhook only
// by its mount records its slow calls through concrete fields of another
// package's type (their SlowFact), judged before its answer, for the
// mount to report (handler/concreteslow.go).
//
// Since ops23: webhookack httpapi/payout_hooks.go:73 is reported at the
// call itself, no longer at the binding in cmd/freightd (main.go:74): the
// same slow SMS before the answer, but /hooks/payouts is now a payment
// webhook by its own route (payout is a payment route word,
// handler/classify.go), so the handler is judged where it calls.
//
// Since r13: webhookverify cmd/freightd/routes.go:73 is reported: a
// boolean money-moved flag set true with the provider's payout reference
// (UPDATE loads SET paid_out = true, payout_ref = $2) is a payment-state
// write (payment/paidflag.go), and a handler known as a webhook only
// by its mount counts on a route whose path has only a weak hook word
// (hooks, callback) when the package mounts it on a sibling route behind
// a verifying middleware (handler/siblingmount.go).
//
// False alarms: none.

var audit11freightPackages = []string{
	"audit11/freight/domain",
	"audit11/freight/internal/retryx",
	"audit11/freight/internal/signing",
	"audit11/freight/store",
	"audit11/freight/stripepay",
	"audit11/freight/ckopay",
	"audit11/freight/mercado",
	"audit11/freight/xborder",
	"audit11/freight/quickpay",
	"audit11/freight/worker",
	"audit11/freight/httpapi",
	"audit11/freight/ops",
	"audit11/freight/cmd/freightd",
}

// knownFalseAlarms11freight, per corpus package. The blind run had none.
var knownFalseAlarms11freight = map[string][]falseAlarm{}

func TestAudit11freight(t *testing.T) {
	runAudit(t, audit11freightPackages, knownFalseAlarms11freight, "knownFalseAlarms11freight")
}
