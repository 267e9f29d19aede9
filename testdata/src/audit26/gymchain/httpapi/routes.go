package httpapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Server groups the handlers main builds.
type Server struct {
	Pagarme   *PagarmeHooks
	Postbacks *Postbacks
	DLocal    *DLocalHooks
	Stripe    *StripeHooks
	Returns   *Returns
}

// Routes registers the public pages and the self-verifying webhooks.
func (s *Server) Routes(r chi.Router) {
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	r.Get("/checkout/dlocal/return", s.Returns.DLocalReturn)
	r.Get("/daypass/dlocal/return", s.Returns.DayPassReturn)
	r.Get("/checkout/pagarme/success", s.Returns.PagarmeSuccess)
	r.Get("/us/checkout/success", s.Returns.StripeSuccess)

	r.Post("/hooks/pagarme", s.Pagarme.Handle)
	r.Method(http.MethodPost, "/hooks/pagarme/postback", s.Postbacks)
	r.Post("/hooks/stripe", s.Stripe.Handle)
	s.DLocal.Mount(r)
}
