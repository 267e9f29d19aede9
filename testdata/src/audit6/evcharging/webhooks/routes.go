package webhooks

import (
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Register mounts every webhook endpoint.
func (h *Handler) Register(mux *http.ServeMux) error {
	gc, err := gocardless.NewWebhookHandler(h.cfg.GoCardlessSecret, gocardless.EventHandlerFunc(h.fleetEvents))
	if err != nil {
		return err
	}
	mux.HandleFunc("POST /webhooks/stripe", h.stripeEvents)
	mux.HandleFunc("POST /webhooks/stripe/refunds", h.stripeRefunds)
	mux.HandleFunc("POST /webhooks/adyen", h.adyenNotifications)
	mux.Handle("POST /webhooks/gocardless", gc)
	mux.HandleFunc("POST /webhooks/cpms/heartbeat", h.cpmsHeartbeat)
	return nil
}
