package analyzers_test

import "testing"

// The audit26 kbeauty corpus (testdata/src/audit26/kbeauty/...) is a cross-border cosmetics shop run from Seoul selling to Korea, Japan and Indonesia: cart checkout, subscription boxes, gift cards, damaged-item refunds, influencer commission payouts and virtual-account / konbini payments that settle days later. Providers: a hand-written Toss Payments client over net/http (confirm, GET /v1/payments/{paymentKey} through a go-retryablehttp read client, cancels with Idempotency-Key built in a request helper, virtual accounts, billing keys, PAYMENT_STATUS_CHANGED and DEPOSIT_CALLBACK webhooks), a hand-written KakaoPay client (ready, approve with pg_token, order status), stripe-go v82 for Japan (card and konbini PaymentIntents, off-session box renewals, refunds, webhooks verified in an echo middleware or in a hertz handler) and xendit-go v1 for Indonesia (invoices, disbursements, callback token). Frameworks echo, hertz and go-zero; stores github.com/jinzhu/gorm (v1), sqlx and go-redis; hibiken/asynq tasks, robfig/cron passes, avast/retry-go, a platform.Retry helper, a platform.WaitFor poll helper and a generic platform.Poller[T]. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

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
var knownFalseAlarms26kbeauty = map[string][]falseAlarm{}

func TestAudit26kbeauty(t *testing.T) {
	runAudit(t, audit26kbeautyPackages, knownFalseAlarms26kbeauty, "knownFalseAlarms26kbeauty")
}
