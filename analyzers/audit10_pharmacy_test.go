package analyzers_test

import "testing"

// The audit10 pharmacy corpus (testdata/src/audit10/pharmacy/...) is a
// telehealth and online pharmacy backend: consultation fees charged at
// booking (razorpay-go orders and payments in India, Adyen Checkout with
// 3-D Secure in the EU), prescription orders paid by card, UPI, an Adyen
// payment link or cash on delivery, insurance co-pays through a
// hand-written claims and payments REST client (claim submitted, polled
// until adjudicated, the remainder charged), monthly refills (Mollie
// recurring through VictorAvelar/mollie-api-go, Square card-on-file),
// refunds of cancelled consultations, Razorpay/Adyen/Mollie/Square/insurer
// webhooks on chi, gin return pages, an echo console and look-alikes
// around e-prescriptions, lab results, reminders and wholesaler stock.
// Written blind, in the conventions of audit_test.go: `// want` on true
// mistakes paylint reports, `// audit: missed <rule>: ...` on true
// mistakes it misses, knownFalseAlarms10pharmacy for what it reports
// wrongly.
//
// Blind figure, measured at b52e3e1 (corpus committed at 17426a7):
// TP 19, FP 3, FN 6. The key had 25 rule-findings on 22 lines.
//
// Per rule (TP/FP/FN): idempotency 3/0/1, pollcreate 1/1/1, pollinterval
// 2/0/0, pollbound 2/1/0, redirectfulfill 2/1/1, webhookverify 3/0/0,
// retrystatus 1/0/1, retrybackoff 1/0/1, webhookdedupe 2/0/0,
// webhookack 2/0/1.
//
// Since eb8daff every miss listed below is reported (its marker became a
// `// want` line, at the call or, for wiring judged in main, at the
// binding); the blind figure above stays as measured.
//
// Misses:
//   - idempotency refills/service.go:154: square Payments.Create with
//     IdempotencyKey uuid.NewString() on every pass of a 3-attempt loop that
//     goes round when the same-package waiter awaitSquare (10 reads) gives
//     up and returns the still-PENDING status; the Create's error leaves
//     the loop.
//   - pollcreate refills/service.go:154: the same line: a payment created
//     per pass, then waited for through a bounded poll helper returning
//     "PENDING" (a status string, not (false, nil)), and created again.
//   - redirectfulfill checkout/checkout.go:68: gin 3-D Secure return page
//     calls adyenpay.Client.SubmitDetails (Adyen PaymentsDetails wrapper
//     of another package returning resultCode, psp, err) and fulfils when
//     only err is nil; the result code (Refused) is never compared.
//   - webhookack webhooks/mollie.go:61: slow work behind a local interface
//     (refillService.ActivateRefill, bound in main to
//     refills.Service.ActivateRefill: clinic.Wholesaler.Reserve POST and
//     domain.Dispatcher.ShipOrder) after the fetch-back and a dedupe
//     guard; the handler's own package has no implementation in view.
//   - retrystatus adyenpay/adyenpay.go:96: cenkalti backoff.Retry op that
//     wraps every Adyen SDK refund error with fmt.Errorf (no
//     backoff.Permanent anywhere in the op), so 4xx answers are retried.
//   - retrybackoff refills/service.go:208: `for i := 0; i < 3; i++ { if _,
//     err = RefundPayment(ctx, req); err == nil { return } }` with no wait
//     (square-go-sdk Refunds.RefundPayment, stable key).
//
// False alarms: see knownFalseAlarms10pharmacy (a cash-on-delivery
// completion page, and a scheduler's ticker loop taken for a payment poll).
//
// Also noted: refills/service.go:107 is a true idempotency mistake, but
// the message says mollie-api-go "sends none"; the client was built with
// mollie.NewAPIConfig(true) in the functional option WithMollie (line 45),
// so it sends a new key per call.

var audit10pharmacyPackages = []string{
	"audit10/pharmacy/domain",
	"audit10/pharmacy/store",
	"audit10/pharmacy/retryx",
	"audit10/pharmacy/signing",
	"audit10/pharmacy/razorpayx",
	"audit10/pharmacy/adyenpay",
	"audit10/pharmacy/claims",
	"audit10/pharmacy/refills",
	"audit10/pharmacy/consult",
	"audit10/pharmacy/webhooks",
	"audit10/pharmacy/checkout",
	"audit10/pharmacy/clinic",
	"audit10/pharmacy/cmd/server",
}

// knownFalseAlarms10pharmacy, per corpus package.
var knownFalseAlarms10pharmacy = map[string][]falseAlarm{}

func TestAudit10pharmacy(t *testing.T) {
	runAudit(t, audit10pharmacyPackages, knownFalseAlarms10pharmacy, "knownFalseAlarms10pharmacy")
}
