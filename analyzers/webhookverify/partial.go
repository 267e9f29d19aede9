package webhookverify

import (
	"fmt"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// partialMessage is the message of a Partial verification: the error of
// an SDK verifier checked while its verdict is another result (official
// Mollie's webhooks.Validate, PayPal's VerifyWebhookSignature).
func partialMessage(m *handler.Model, h *handler.Handler, what string) string {
	if what == "" {
		what = "fulfilment"
	}
	desc, why, fix := "its verifier", "whose verdict is another result", "check the verdict too"
	if sv := m.PartialVerifier(h); sv != nil {
		desc, why, fix = sv.Desc, sv.Why, sv.Fix
	}
	return fmt.Sprintf("payment webhook %s checks only the error of %s, %s, before %s: a request without a valid signature is processed; %s and return 400 when it fails", name(m, h), desc, why, what, fix)
}
