package analyzers_test

import "testing"

// The audit18 vet corpus (testdata/src/audit18/vet/...) is a veterinary
// clinic chain: consultations paid at the front desk with the Square SDK
// (card on file, card-present payments polled until final, surgery
// deposits and refunds), an online pet-supplies shop on Adyen payment
// links with an echo return page, monthly wellness plans collected on
// GoCardless mandates by an asynq worker (and surgery refunds), UK clients
// paying through a hand-written Halden Bank payment-initiation client
// (consent, domestic payment with x-halden-idempotency-key, polled until
// AcceptedSettlementCompleted or Rejected), webhooks for Square (net/http),
// Adyen (echo), GoCardless (gorilla/mux behind an HMAC middleware) and the
// bank's event notification, wired in cmd/vetd; look-alikes around lab
// results, a pharmacy wholesaler, SMS reminders, X-ray uploads and a
// microchip registry. Written blind, in the conventions of audit_test.go.
//
// Blind figure, measured at 189bd280 (main HEAD with the corpus, commit
// 9e2a3b8): TP 14, FP 3, FN 4. The key had 18 mistakes; 14 were reported.
//
// Per rule (TP/FP/FN): idempotency 3/1/0, pollcreate 1/0/0, pollinterval
// 1/0/0, pollbound 2/0/0, redirectfulfill 1/0/1, webhookverify 1/0/1,
// retrystatus 1/1/1, retrybackoff 2/1/0, webhookdedupe 1/0/1,
// webhookack 1/0/0.
//
// Misses:
//   - retrystatus openbanking/client.go:104: a same-package helper
//     withRetry(ctx, n, send) returns only on 201 and retries every other
//     status (with a growing wait); the send closure is CreateConsent's
//     POST /pisp/domestic-payment-consents through http.Client.Do.
//     The helper's condition is read (c26, retrystatus/SamePkgRespC26);
//     a payment consent moves no money and stays out of the payment
//     writes (3f0dc37b, model/hb/openbanking), but the model now keeps
//     payment-initiation consents beside the ops
//     (payment/paymentconsent.go) for the retry-condition judges:
//     reported (retrystatus/PaymentConsentRetried).
//   - redirectfulfill openbanking/return.go:36: a handler factory
//     ReturnHandler(...) http.HandlerFunc, routed in main on
//     GET /uk/pay/return, submits the domestic payment (hand-written client
//     method) and then confirms the appointment through a Confirmer
//     interface (wired to store.Clinic, whose body sets status = 'paid')
//     without comparing the returned payment status. Fixed by d26
//     (handler/factorypage.go): a return page may be the literal a
//     factory returns; reported at the factory's argument in main
//     (cmd/vetd/main.go:95).
//   - webhookverify cmd/vetd/main.go:89: hooks.BankEvents, an exported
//     struct type with a ServeHTTP method (not a func handler), no route in
//     its package, decodes the bank event and writes bank_payments.status
//     and a ledger row with pgx; mounted as a value on the root
//     ServeMux with nothing in front of it. Fixed by b26
//     (handler/nestedevent.go): the event's state tested inside its
//     envelope (ev.Data.Status against Open Banking's settled state) makes
//     it a webhook by its body; now reported at the mount.
//   - webhookdedupe hooks/hooks.go:226: the same BankEvents handler inserts
//     INTO ledger_entries (pgxpool Exec) on every AcceptedSettlementCompleted
//     delivery, with no event-id guard. Fixed by b26 (same change).
//
// False alarms (all the same site): clinic/clinic.go:65/68, the pharmacy
// wholesaler client's POST /v2/orders (a medication purchase order with a
// supplier, not a payment) retried on any non-201 every 200ms, taken for a
// payment write by idempotency, retrystatus and retrybackoff. The same call
// is what makes the webhookack report at cmd/vetd/main.go:78 right (it is
// a slow outbound call), though its message calls it a payment provider.
// Fixed by v25 (payment/supplierorder.go): an order at the top of an
// API whose known body names no sum, payer or instrument is an order of
// goods; the three false alarms are gone, the webhookack report stays.

var audit18vetPackages = []string{
	"audit18/vet/domain",
	"audit18/vet/store",
	"audit18/vet/sigcheck",
	"audit18/vet/frontdesk",
	"audit18/vet/shop",
	"audit18/vet/openbanking",
	"audit18/vet/plans",
	"audit18/vet/hooks",
	"audit18/vet/clinic",
	"audit18/vet/cmd/vetd",
}

// knownFalseAlarms18vet, per corpus package.
var knownFalseAlarms18vet = map[string][]falseAlarm{}

func TestAudit18vet(t *testing.T) {
	runAudit(t, audit18vetPackages, knownFalseAlarms18vet, "knownFalseAlarms18vet")
}
