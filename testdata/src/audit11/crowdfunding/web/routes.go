package web

import (
	"crypto/subtle"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Routes registers the backer-facing routes.
func (s *Server) Routes(r chi.Router) {
	r.Post("/campaigns/{id}/pledges", s.CreatePledge)
	r.Post("/campaigns/{id}/pledges/saved-card", s.PledgeWithSavedCard)
	r.Post("/campaigns/{id}/contributions/usdc", s.ContributeUSDC)
	r.Get("/contributions/{hash}/status", s.ContributionStatus)
	r.Post("/campaigns/{id}/tips", s.Tip)

	r.Get("/campaigns/{slug}/thanks", s.Thanks)
	r.Get("/pledges/{id}/complete", s.PledgeComplete)
	r.Get("/paypal/return", s.PayPalReturn)
	r.Get("/pledges/{id}/paypal-status", s.PayPalStatus)

	r.Get("/creators/onboarding/complete", s.OnboardingComplete)

	r.Route("/admin", func(r chi.Router) {
		r.Use(s.requireAdmin)
		r.Post("/pledges/{id}/mark-collected", s.AdminMarkCollected)
		r.Post("/payouts/{id}/resubmit", s.AdminResubmitPayout)
	})
}

func (s *Server) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Admin-Key")
		if s.AdminKey == "" || subtle.ConstantTimeCompare([]byte(key), []byte(s.AdminKey)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
