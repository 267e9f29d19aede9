package analyzers_test

import "testing"

// The audit10 escrow corpus (testdata/src/audit10/escrow/...) is a
// freelance marketplace holding milestone funds in escrow: stripe-go
// PaymentIntents with manual capture, PayPal Orders (plutov/paypal), releases
// by Stripe Connect transfers, PayPal Payouts and a hand-written client of a
// local bank (Adria Bank), disputes freezing funds, refunds of unfunded
// milestones, webhooks on net/http, gin and echo, chi return pages, an
// auto-release worker over approved-but-unpaid milestones with an in-house
// retry helper, and look-alikes (e-signature contracts and tax forms,
// invoice PDFs through resty, chat relay, time-tracking sync), wired in
// cmd/escrowd. Written blind, in the conventions of audit_test.go:
// `// want` on true mistakes paylint reports, `// audit: missed <rule>: ...`
// on true mistakes it misses, knownFalseAlarms10escrow for what it reports
// wrongly.
//
// Blind figure, measured at b52e3e1 (corpus commit 10154e0): TP 17, FP 1, FN 3.
// The key had 20 mistakes; 17 were reported (webhookdedupe of
// disputes/events.go:66 and webhookack of webhooks/stripe.go:66 at their
// bindings in cmd/escrowd main.go:99 and :92).
//
// Per rule (TP/FP/FN): idempotency 3/0/1, pollcreate 2/0/0, pollinterval
// 2/0/0, pollbound 2/0/0, redirectfulfill 1/0/1, webhookverify 2/1/1,
// retrystatus 1/0/0, retrybackoff 1/0/0, webhookdedupe 2/0/0,
// webhookack 1/0/0.
//
// Since eb8daff every miss listed below is reported (its marker became a
// `// want` line, at the call or, for wiring judged in main, at the
// binding); the blind figure above stays as measured.
//
// Misses:
//   - idempotency release/worker.go:116: rail.Release (domain.PayoutRail,
//     wired in main to paypalfund.PayoutRail, whose buildPayout makes
//     SenderBatchID with uuid.NewString() on every call) retried by a
//     cross-package helper (platform/retry.Value) on transient errors.
//   - redirectfulfill web/pages.go:100: return page reads the order with
//     paypal GetOrder, compares only its ID, never its Status, then
//     MarkFunded.
//   - webhookverify webhooks/connect.go:51: `if h.secret != "" { verify }`
//     on a struct field set by a constructor that accepts "" (net/http
//     handler method mounted in main with mux.HandleFunc).
//
// False alarms:
//   - webhookverify webhooks/paypal.go:66: the same unverified PayPal
//     handler (already reported at its first paid-state write, :57) is
//     reported a second time at a later effect (ledger insert); the rule
//     says it reports at the first write.

var audit10escrowPackages = []string{
	"audit10/escrow/domain",
	"audit10/escrow/platform/retry",
	"audit10/escrow/signing",
	"audit10/escrow/store",
	"audit10/escrow/stripefund",
	"audit10/escrow/paypalfund",
	"audit10/escrow/localbank",
	"audit10/escrow/webhooks",
	"audit10/escrow/disputes",
	"audit10/escrow/web",
	"audit10/escrow/workspace",
	"audit10/escrow/release",
	"audit10/escrow/cmd/escrowd",
}

// knownFalseAlarms10escrow, per corpus package.
var knownFalseAlarms10escrow = map[string][]falseAlarm{}

func TestAudit10escrow(t *testing.T) {
	runAudit(t, audit10escrowPackages, knownFalseAlarms10escrow, "knownFalseAlarms10escrow")
}
