package paypalflow

import "github.com/go-chi/chi/v5"

// Mount registers the PayPal routes on the app router.
func Mount(r chi.Router, h *Handlers, refunds *Refunds) {
	r.Get("/paypal/return", h.Return)
	r.Get("/checkout/thank-you", h.ThankYou)
	r.Get("/checkout/receipt", h.Receipt)
	r.Post("/webhooks/paypal/capture", h.CaptureCompleted)
	r.Method("POST", "/webhooks/paypal/refund", refunds)
}
