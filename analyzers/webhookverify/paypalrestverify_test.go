package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PayPalRESTVerify: PayPal webhooks verified without the SDK, by posting
// the Paypal-* transmission headers, the webhook id and the event to
// PayPal's POST /v1/notifications/verify-webhook-signature (through an
// in-house net/http helper, or resty) and requiring verification_status
// "SUCCESS" before the paid write: silent. Reported: the same call whose
// verification_status is never compared (PayPal answers FAILURE with a
// 200: only its transport error is checked, through an error or a bool),
// and the verified call whose failure is only logged.
var _ = cases.Add(webhookverify.Analyzer, "PayPalRESTVerify", "paypalrestverify/...")
