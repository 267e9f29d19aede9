package analyzers_test

import "testing"

// The audit9 rentals corpus (testdata/src/audit9/rentals/...) is a
// property-management platform collecting rent (GoCardless Direct Debit,
// stripe-go ACH PaymentIntents, Braintree cards), charging late fees,
// paying owners and vendors through a hand-written bank-transfer client
// (Fundline) with its own signed webhooks, holding and refunding security
// deposits, with a gin tenant portal, an echo back office and chi webhook
// routes wired in cmd/rentald. Written blind, in the conventions of
// audit_test.go: `// want` on true mistakes paylint reports,
// `// audit: missed <rule>: ...` on true mistakes it misses,
// knownFalseAlarms9rentals for what it reports wrongly.
//
// Blind figure, measured at 3fc11c2 (the corpus commit): TP 21, FP 0, FN 5.
// The key had 25 mistakes; 20 were reported, plus one true mistake not in
// the key (cmd/rentald main.go:237: StartRentDebit, which sends no
// idempotency key, re-run by the monthly cron over charges still 'open';
// same root as achpay intents.go:47).
//
// Per rule (TP/FP/FN): idempotency 5/0/1, pollcreate 3/0/0, pollinterval
// 2/0/0, pollbound 1/0/1, redirectfulfill 2/0/0, webhookverify 2/0/1,
// retrystatus 1/0/0, retrybackoff 2/0/0, webhookdedupe 2/0/1,
// webhookack 1/0/1.
//
// Since eb8daff every miss listed below is reported (its marker became a
// `// want` line, at the call or, for wiring judged in main, at the
// binding); the blind figure above stays as measured.
//
// Misses:
//   - idempotency payouts/client.go:120: a uuid Idempotency-Key set in the
//     request-building helper newRequest, called inside the backoff.Retry
//     op of a generic do(method, path) used by CreateTransfer.
//   - pollbound owners/disburse.go:75: for{} polling a transfer through an
//     interface (wired in main to payouts.Client.GetTransfer, a GET of
//     /v2/transfers/{id} in the same generic do), errors swallowed, no bound.
//   - webhookverify webhooks/fundline.go:64: verifier wrapper of another
//     package (payouts.VerifySignature, hmac.Equal) that returns nil for an
//     empty secret; the secret comes from os.Getenv unchecked in main.
//   - webhookdedupe webhooks/stripe.go:57: ledger insert behind an interface
//     (Charges.PostEntry) whose implementation (ledger.Store) is wired in
//     main, not visible from the handler's package.
//   - webhookack webhooks/gocardless.go:94: provider call behind an interface
//     (OwnerPayouts.PayOwner → owners.Worker → Fundline CreateTransfer)
//     wired in main.
//
// False alarms: none.

var audit9rentalsPackages = []string{
	"audit9/rentals/ledger",
	"audit9/rentals/payouts",
	"audit9/rentals/gcdebit",
	"audit9/rentals/achpay",
	"audit9/rentals/cardpay",
	"audit9/rentals/deposits",
	"audit9/rentals/latefees",
	"audit9/rentals/owners",
	"audit9/rentals/vendors",
	"audit9/rentals/webhooks",
	"audit9/rentals/portal",
	"audit9/rentals/tenantops",
	"audit9/rentals/cmd/rentald",
}

// knownFalseAlarms9rentals, per corpus package. The blind run had none.
var knownFalseAlarms9rentals = map[string][]falseAlarm{}

func TestAudit9rentals(t *testing.T) {
	runAudit(t, audit9rentalsPackages, knownFalseAlarms9rentals, "knownFalseAlarms9rentals")
}
