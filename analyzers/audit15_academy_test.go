package analyzers_test

import "testing"

// The audit15 academy corpus (testdata/src/audit15/academy/...) is an
// online language school and course marketplace: course purchases and
// monthly plans through razorpay-go (Orders, captures, refunds of dropped
// courses) for Indian learners and VictorAvelar/mollie-api-go for EU
// learners (return pages, SEPA instalments), instructor earnings paid by a
// monthly stripe-go Connect transfer worker over unpaid bun rows, a
// hand-written REST client for the Kwikpay mobile wallet (idempotency key
// in the JSON body as partner_txn_uid) polled until the charge settles,
// gift vouchers (mongo) and wallet credits granted on payment; webhooks in
// echo (Razorpay), fiber (Mollie) and gorilla/mux (Kwikpay), routes in
// package web, wiring in cmd/academyd; sqlx, bun, mongo, redis, asynq.
// Written blind, in the conventions of audit_test.go: `// want` on true
// mistakes paylint reports, `// audit: missed <rule>: ...` on true
// mistakes it misses, knownFalseAlarms15academy for what it reports
// wrongly.
//
// Blind figure, measured at 51c8348 (corpus committed at 531b6b8):
// TP 11, FP 2, FN 8.
// The key had 18 mistakes; 10 were reported, plus one true mistake not in
// the key (jobs/tasks.go:55: RefundDropped, razorpay refunds with no key,
// re-run by asynq when the task errs after a refund went out). Its twin
// jobs/tasks.go:57 (RunMonthly re-run by asynq, stripe transfers with a
// random key per call) is not reported; it is marked missed but not
// counted in the figure (not in the key).
//
// Per rule (TP/FP/FN): idempotency 3/2/2, pollcreate 0/0/1, pollinterval
// 1/0/0, pollbound 2/0/0, redirectfulfill 1/0/1, webhookverify 1/0/1,
// retrystatus 0/0/1, retrybackoff 1/0/0, webhookdedupe 1/0/1,
// webhookack 1/0/1.
//
// Misses:
//   - idempotency payouts/worker.go:74: stripe transfer.New held in a
//     struct field (w.send, set in the constructor) called inside a
//     backoff.RetryNotify op with no SetIdempotencyKey, in a monthly worker
//     over unpaid earnings rows. Fixed by i18 (funcfield.go: a call
//     through an unexported func field whose every value is one SDK
//     function is that SDK call); its twin jobs/tasks.go:57 (RunMonthly
//     re-run by asynq) is reported with it.
//   - idempotency and pollcreate billing/wallet.go:41: CreateCharge (a new
//     partner_txn_uid per call) on every pass of a for loop that waits
//     through AwaitSettled, a bounded poll of another package returning
//     (false, nil) while PENDING; both behind interface Wallet wired in
//     main to walletpay.Client. pollcreate fixed by w18: reported at the
//     binding, cmd/academyd/main.go:63 (poll/portrewait.go: the
//     waiter's give-up exported, the holder's loop recorded on its type).
//     idempotency still missed: the model knows no key in the charge body
//     (partner_txn_uid), and paying again with no key is pollcreate's.
//   - redirectfulfill web/pages.go:103: fiber return page reads the Mollie
//     payment (through billing.Mollie.Payment) but only rejects the failed
//     states in a switch, then grants a voucher: open/pending pass.
//     Fixed by handler/negstatus.go (a return route's page reading
//     the payment is a return page; only a provider's every non-paid
//     value turned back is a paid verdict).
//   - webhookverify web/routes.go:21: echo handler of another package
//     mounted with e.POST on the root router while its sibling route sits
//     in a group with a verifying middleware (kit.SignedBody, hmac.Equal).
//     Now reported at the registration (handler/siblingbare.go).
//   - webhookdedupe webhooks/mollie.go:59: bun insert of an earnings row
//     behind domain.EarningsRecorder, wired in main to store.Earnings; the
//     compare-and-set MarkPaid result guards only a later mail.
//     Fixed by q19: reported at the binding, cmd/academyd/main.go:80 (an
//     earnings row is money owed, payment/writequery.go; the error
//     MarkPaid returns beside its answer is no guard, handler/caserr.go).
//   - webhookack webhooks/mollie.go:65: mail behind domain.Mailer wired in
//     main to jobs.SMTPMailer (smtp.SendMail), before the fiber handler
//     answers. Fixed by d18: reported at the binding, cmd/academyd/main.go:80
//     (handler/routeseen.go records the handler's calls whose
//     implementation is in sight; hookmount.go lets main count the
//     mount in package web).
//   - retrystatus walletpay/client.go:136: hand-written loop, `if err ==
//     nil && status == http.StatusOK { return }` then sleep and retry every
//     other status (GET of one charge through a generic send helper).
//
// False alarms:
//   - idempotency walletpay/client.go:156: the refund's key is the body
//     field partner_txn_uid, "rf-"+chargeID, built once before the loop
//     (fixed by i18: a body field named as an identifier whose value is
//     the operation's own, refvalue.go).
//   - idempotency jobs/tasks.go:157: Razorpay Payment.Capture of one
//     payment id re-run by asynq: a second capture of a captured payment is
//     rejected by Razorpay, no money moves twice.

var audit15academyPackages = []string{
	"audit15/academy/domain",
	"audit15/academy/kit",
	"audit15/academy/store",
	"audit15/academy/walletpay",
	"audit15/academy/billing",
	"audit15/academy/payouts",
	"audit15/academy/jobs",
	"audit15/academy/webhooks",
	"audit15/academy/web",
	"audit15/academy/cmd/academyd",
}

// knownFalseAlarms15academy, per corpus package.
var knownFalseAlarms15academy = map[string][]falseAlarm{
	"audit15/academy/jobs": {
		// A capture of one authorized payment id cannot move money twice:
		// Razorpay rejects a second capture of a captured payment.
		{"tasks.go:157", "[idempotency] billing.Razorpay.CaptureAndWait (razorpay Payment.Capture) is retried by asynq, which delivers the task again when the handler returns an error (line 150) without an idempotency key: razorpay-go sends none, so a retry after a lost response can charge twice; before replaying, read the payment's current state from the provider and replay only if the first attempt did not go through"},
	},
}

func TestAudit15academy(t *testing.T) {
	runAudit(t, audit15academyPackages, knownFalseAlarms15academy, "knownFalseAlarms15academy")
}
