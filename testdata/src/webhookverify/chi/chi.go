// Package chi: webhooks on chi, with middleware wiring and svix.
package chi

import (
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	svix "github.com/svix/svix-webhooks/go"
)

//paylint:fulfillment
func activateSubscription(id string) {}

type Server struct {
	wh *svix.Webhook
}

func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.With(s.requireSignature).Post("/webhooks/billing", s.billingBehindMiddleware)
	r.Route("/hooks", func(r chi.Router) {
		r.Post("/notify", s.notifyNoVerification)
		r.Post("/svix", s.svixVerified)
		r.Post("/svix-logged", s.svixLogged)
	})
	r.Group(func(r chi.Router) {
		r.Use(s.requireSignature)
		r.Post("/webhooks/grouped", s.groupedBehindMiddleware)
	})
	return r
}

// requireSignature is chi middleware that verifies svix signatures.
func (s *Server) requireSignature(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if err := s.wh.Verify(body, r.Header); err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) billingBehindMiddleware(w http.ResponseWriter, r *http.Request) {
	activateSubscription(r.FormValue("subscription"))
}

func (s *Server) groupedBehindMiddleware(w http.ResponseWriter, r *http.Request) {
	activateSubscription(r.FormValue("subscription"))
}

func (s *Server) notifyNoVerification(w http.ResponseWriter, r *http.Request) {
	activateSubscription(r.FormValue("subscription")) // want `payment webhook /hooks/notify acts on the payment .* without verifying the provider's signature`
}

func (s *Server) svixVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := s.wh.Verify(body, r.Header); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	activateSubscription(string(body))
}

func (s *Server) svixLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	err := s.wh.Verify(body, r.Header)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest) // no return: processing goes on
	}
	activateSubscription(string(body)) // want `payment webhook /hooks/svix-logged verifies the signature but carries on when it fails`
}
