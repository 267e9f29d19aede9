package analyzers_test

import "testing"

// The audit26 kbeauty corpus (testdata/src/audit26/kbeauty/...) is a cross-border cosmetics shop run from Seoul selling to Korea, Japan and Indonesia: cart checkout, subscription boxes, gift cards, damaged-item refunds, influencer commission payouts and virtual-account / konbini payments that settle days later. Providers: a hand-written Toss Payments client over net/http (confirm, GET /v1/payments/{paymentKey} through a go-retryablehttp read client, cancels with Idempotency-Key built in a request helper, virtual accounts, billing keys, PAYMENT_STATUS_CHANGED and DEPOSIT_CALLBACK webhooks), a hand-written KakaoPay client (ready, approve with pg_token, order status), stripe-go v82 for Japan (card and konbini PaymentIntents, off-session box renewals, refunds, webhooks verified in an echo middleware or in a hertz handler) and xendit-go v1 for Indonesia (invoices, disbursements, callback token). Frameworks echo, hertz and go-zero; stores github.com/jinzhu/gorm (v1), sqlx and go-redis; hibiken/asynq tasks, robfig/cron passes, avast/retry-go, a platform.Retry helper, a platform.WaitFor poll helper and a generic platform.Poller[T]. Written blind, in the conventions of audit_test.go.
//
// Blind figure, measured at 553939d9 (main HEAD; corpus commit 8b0bfd4f):
// TP 16, FP 6, FN 4. The key had 20 mistakes; 15 were reported at the
// key's line and one at another line of the same mistake
// (web/hooks.go:159, the write after the skippable callback-token check,
// for :141). intl/indonesia.go:70 (an invoice created again after the
// wait gives up, keyed pollcreate and reported so) was also reported by
// idempotency (a new external id per round): the same mistake, counted
// once.
//
// Per rule (TP/FP/FN): idempotency 2/2/1, pollcreate 2/0/1, pollinterval
// 1/0/0, pollbound 2/0/1, redirectfulfill 3/0/0, webhookverify 3/3/0,
// retrystatus 1/0/0, retrybackoff 0/0/1, webhookdedupe 1/1/0,
// webhookack 1/0/0.
//
// False alarms: webhookverify intl/events.go:59 and :70 (an echo handler
// reading the event StripeSignature stored in the request, mounted with
// that middleware on the route by web.MountEvents in another package);
// webhookverify web/hooks.go:61 (Toss's deposit callback, whose secret is
// compared in constant time with the one stored at the account's
// issuance); webhookdedupe web/hooks.go:197 (the commission mail sent
// only when SettlePayout's UPDATE … WHERE status <> 'COMPLETED' RETURNING
// found the row); idempotency shop/checkout.go:110 and worker/cron.go:117
// (KakaoPay's POST /online/v1/payment/order is its order inquiry, a
// status read, polled).
//
// Misses: idempotency shop/boxes.go:39 (an order id made from time.Now on
// every run of an asynq task); pollcreate worker/tasks.go:110 (a second
// virtual account issued when the wait lapses while the first is still
// payable); pollbound worker/cron.go:122 (a Poller handed
// context.Background()); retrybackoff intl/indonesia.go:105 (a status
// read retried five times back to back).

var audit26kbeautyPackages = []string{
	"audit26/kbeauty/config",
	"audit26/kbeauty/platform",
	"audit26/kbeauty/store",
	"audit26/kbeauty/toss",
	"audit26/kbeauty/kakaopay",
	"audit26/kbeauty/intl",
	"audit26/kbeauty/shop",
	"audit26/kbeauty/web",
	"audit26/kbeauty/worker",
	"audit26/kbeauty/cmd/kbeautyd",
}

// knownFalseAlarms26kbeauty, per corpus package.
var knownFalseAlarms26kbeauty = map[string][]falseAlarm{
	"audit26/kbeauty/intl": {
		{"events.go:59", "[webhookverify] payment webhook Events.Handle acts on the payment (store.Orders.TopUpGiftCard (paid state stored by gorm.DB.UpdateColumn)) without verifying the provider's signature: anyone who finds the URL can forge a paid event; verify the signature (webhook.ConstructEvent, an HMAC of the raw body) and return 400 on failure before processing, or, for a provider that signs nothing, act only on the payment read back from its API"},
		{"events.go:70", "[webhookverify] payment webhook Events.Handle acts on the payment (store.Orders.MarkPaid) without verifying the provider's signature: anyone who finds the URL can forge a paid event; verify the signature (webhook.ConstructEvent, an HMAC of the raw body) and return 400 on failure before processing, or, for a provider that signs nothing, act only on the payment read back from its API"},
	},
	"audit26/kbeauty/shop": {
		{"checkout.go:110", "[idempotency] kakaopay.Client.Order (POST /online/v1/payment/order) is retried by platform.Poller.Until (line 114) without an idempotency key: a retry after a lost response can charge twice; set an Idempotency-Key made once before retrying"},
	},
	"audit26/kbeauty/web": {
		{"hooks.go:61", "[webhookverify] payment webhook /webhooks/toss acts on the payment (web.Hooks.tossDeposit (paid state stored by gorm.DB.Updates)) without verifying the provider's signature: anyone who finds the URL can forge a paid event; verify the signature (webhook.ConstructEvent, an HMAC of the raw body) and return 400 on failure before processing, or, for a provider that signs nothing, act only on the payment read back from its API"},
		{"hooks.go:197", "[webhookdedupe] webhook handler sends a message (platform.Mailer.Send: smtp.SendMail) on every delivery of the event; providers deliver events more than once — record the event id (or check the order's state) before sending, so the customer gets it once"},
	},
	"audit26/kbeauty/worker": {
		{"cron.go:117", "[idempotency] kakaopay.Client.Order (POST /online/v1/payment/order) is retried by platform.Poller.Until (line 116) without an idempotency key: a retry after a lost response can charge twice; set an Idempotency-Key made once before retrying"},
	},
}

func TestAudit26kbeauty(t *testing.T) {
	runAudit(t, audit26kbeautyPackages, knownFalseAlarms26kbeauty, "knownFalseAlarms26kbeauty")
}
