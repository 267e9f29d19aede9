// Package server assembles the public router.
package server

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"audit6/donations/hooksplit/hooks"
	"audit6/donations/hooksplit/sigcheck"
)

// Config holds the webhook secrets.
type Config struct {
	GoCardlessSecret string
}

// New returns the HTTP server.
func New(cfg Config, ev *hooks.Events) *http.Server {
	r := chi.NewRouter()
	r.Route("/webhooks", func(r chi.Router) {
		r.With(sigcheck.GoCardless(cfg.GoCardlessSecret)).Post("/gocardless", ev.GoCardless)
		r.Post("/paypal", ev.PayPal) // want "\\[webhookverify\\] payment webhook handler ev.PayPal \\(package audit6/donations/hooksplit/hooks\\) mounted on POST /webhooks/paypal verifies no signature"
		r.Post("/mailchimp", ev.Mailchimp)
	})
	return &http.Server{Addr: ":8080", Handler: r, ReadHeaderTimeout: 5 * time.Second}
}
