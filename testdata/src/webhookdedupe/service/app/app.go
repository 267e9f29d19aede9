// Package app registers the webhook handlers of package hooks.
package app

import (
	"net/http"

	"webhookdedupe/service/hooks"
)

func Routes(mux *http.ServeMux, h *hooks.Hooks) {
	mux.HandleFunc("POST /payments/notify", h.PaymentWebhook)
	mux.HandleFunc("POST /payments/notify-once", h.PaymentWebhookOnce)
	mux.HandleFunc("POST /payments/notify-idempotent", h.PaymentWebhookIdempotent)
	mux.HandleFunc("POST /wallet/notify", h.WalletWebhook)
}
