package web

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit11/crowdfunding/domain"
)

// OnboardingComplete is the return URL of Stripe Connect onboarding.
func (s *Server) OnboardingComplete(w http.ResponseWriter, r *http.Request) {
	creatorID := r.URL.Query().Get("creator")
	if creatorID == "" {
		http.Error(w, "missing creator", http.StatusBadRequest)
		return
	}
	if err := s.Campaigns.SetCreatorOnboarded(r.Context(), creatorID); err != nil {
		s.fail(w, "try again", err, http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/creators/"+creatorID+"/dashboard?onboarding=done", http.StatusSeeOther)
}

// AdminMarkCollected lets support record a pledge that was collected
// outside the platform (a bank transfer to our account).
func (s *Server) AdminMarkCollected(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	if err := s.Pledges.SetStatus(r.Context(), id, domain.PledgeCollected); err != nil {
		s.fail(w, "could not update the pledge", err, http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// AdminResubmitPayout sends a returned bank payout again once support has
// checked the creator's new account details.
func (s *Server) AdminResubmitPayout(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p, err := s.Campaigns.Payout(ctx, chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if p.Status != "returned" {
		http.Error(w, "payout is "+p.Status, http.StatusConflict)
		return
	}
	cr, err := s.Campaigns.Creator(ctx, p.CreatorID)
	if err != nil {
		s.fail(w, "creator not found", err, http.StatusInternalServerError)
		return
	}
	ref, err := s.Bank.Resubmit(ctx, p, cr)
	if err != nil {
		s.fail(w, "bank refused the payout", err, http.StatusBadGateway)
		return
	}
	p.ProviderRef, p.Status, p.Attempts = ref, "submitted", p.Attempts+1
	if err := s.Campaigns.SavePayout(ctx, p); err != nil {
		s.fail(w, "could not save the payout", err, http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"provider_ref": ref})
}
