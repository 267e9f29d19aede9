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
	return r
}
