package analyzers_test

import "testing"

// The audit16 civic corpus (testdata/src/audit16/civic/...) is a city
// services portal: parking fines, permits and council-tax instalments paid
// by card through checkout-sdk-go (3DS return pages), PayPal orders
// (plutov/paypal, return pages), GoCardless instalment mandates and a
// hand-written client for the central bank's instant-payment system (IPS:
// request-to-pay charges with a stable end-to-end id in X-End-To-End-Id,
// polled until settled or expired, returns and credit transfers); webhooks
// for Checkout.com and PayPal (echo), GoCardless (chi) and the IPS
// notification (hertz); sqlx, database/sql, mongo, redis; machinery
// workers (nightly refunds of overpaid tax, reconciliation, OCR, notices);
// look-alikes around the vehicle registry, document OCR, PDF receipts,
// citizen mail and GIS map tiles. Written blind, in the conventions of
// audit_test.go.
//
// Blind figure, measured at 9ddc24a (corpus committed at eaeb1f1):
// TP 17, FP 4, FN 4. The key had 21 entries (20 mistakes; kiosk.go:32 is
// both a pollcreate and an idempotency mistake).
//
// Per rule (TP/FP/FN): idempotency 4/2/0, pollcreate 0/0/1,
// pollinterval 1/0/0, pollbound 2/0/0, redirectfulfill 1/0/1,
// webhookverify 2/0/1, retrystatus 2/0/0, retrybackoff 1/0/1,
// webhookdedupe 2/1/0, webhookack 2/1/0.
//
// Two TPs are reported for a weaker reason than the real one:
// instantpay kiosk.go:32 and workers refunds.go:66 are reported as "without
// an idempotency key" (X-End-To-End-Id is not taken for a key) while the
// mistake is a new end-to-end id on every pass / attempt ("KT"+ref+attempt;
// instantpay.NewEndToEndID: timestamp + random, in another package); and
// webhooks ips.go:58 is reported as "skips verification when the secret is
// empty" while the check is skipped when the X-IPS-Signature header is
// absent. Fixing the end-to-end-id false alarms must keep these two.
// (ips.go:58 now says "when the request sends no X-IPS-Signature header":
// fixed by e20, handler/headerskip.go.)
//
// Misses:
//   - pollcreate instantpay/kiosk.go:32: a charge created on every pass of
//     a 3-pass for loop, then waited for by the same-package method
//     waitSettled (for time.Now().Before(deadline), 1.5s ticker), which
//     returns (false, nil) both on REJECTED/EXPIRED and when its own 90s
//     deadline passes while the charge (expires_in 120s) is still PENDING.
//   - redirectfulfill web/returns.go:84: PayPal return page (route in
//     cmd/portal) reads the order with GetOrder and marks the bill paid
//     when its status is APPROVED or COMPLETED: APPROVED is not paid
//     (capture enqueued afterwards). Now reported (n20: a value the
//     provider's table of the compared field's SDK calls not paid).
//   - webhookverify webhooks/paypal.go:80: verified through a Verifier
//     interface wired in main to cardpay.PayPal.VerifyWebhook, a wrapper
//     that returns only the error of VerifyWebhookSignature and drops the
//     VerificationStatus.
//     Fixed by e20 (handler/dropverdict.go, wiredverifier.go):
//     reported at the binding, cmd/portal/main.go:132.
//   - retrybackoff cardpay/paypal.go:39: go-retry DoValue with the backoff
//     from a func-typed struct field set in the constructor NewPayPal to
//     retry.WithMaxRetries(5, retry.NewConstant(300*time.Millisecond)).
//
// False alarms (below): idempotency instantpay/client.go:107 and :152, a
// stable end-to-end id in a header named X-End-To-End-Id not taken for a
// key (fixed by d20: an end-to-end id made once by the caller is a key,
// payment/e2eid.go); webhookdedupe and webhookack webhooks/ips.go:66, a machinery
// enqueue behind an interface method named SendReceipt taken for mail
// (fixed by c20: a message method of a queue-named port is judged by its
// bound implementation, queueport.go).

var audit16civicPackages = []string{
	"audit16/civic/kit",
	"audit16/civic/store",
	"audit16/civic/cardpay",
	"audit16/civic/instalments",
	"audit16/civic/instantpay",
	"audit16/civic/extsvc",
	"audit16/civic/webhooks",
	"audit16/civic/web",
	"audit16/civic/workers",
	"audit16/civic/cmd/portal",
}

// knownFalseAlarms16civic, per corpus package.
var knownFalseAlarms16civic = map[string][]falseAlarm{}

func TestAudit16civic(t *testing.T) {
	runAudit(t, audit16civicPackages, knownFalseAlarms16civic, "knownFalseAlarms16civic")
}
