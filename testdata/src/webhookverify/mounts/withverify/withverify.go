// Package withverify covers single routes: chi's r.With(verify) and a
// verifying wrapper of another package; silent. The same handler on a
// route without them is reported.
package withverify

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"webhookverify/mounts/hooks"
	"webhookverify/mounts/sigmw"
)

// New builds the router.
func New(h *hooks.Handler) http.Handler {
	r := chi.NewRouter()
	r.With(sigmw.Verify).Post("/webhooks/stripe", h.Stripe)
	r.Handle("/webhooks/wrapped", sigmw.Verify(http.HandlerFunc(h.Stripe)))
	r.Post("/webhooks/bare", h.Stripe) // want `payment webhook handler h.Stripe .*mounted on POST /webhooks/bare`

	// A sub-router mounted behind a verifying middleware: its routes are
	// covered by the parent's chain.
	sub := chi.NewRouter()
	sub.Post("/stripe", h.Stripe)
	r.With(sigmw.Verify).Mount("/webhooks/sub", sub)

	// A ServeMux wrapped whole in the verifying middleware.
	hooksMux := http.NewServeMux()
	hooksMux.HandleFunc("POST /stripe", h.Stripe)
	r.Handle("/webhooks/mux/*", http.StripPrefix("/webhooks/mux", sigmw.Verify(hooksMux)))
	return r
}
