package wallet

import (
	"encoding/json"
	"net/http"
)

type referral struct {
	ReferrerID string `json:"referrer_id"`
	NewPatient string `json:"new_patient_id"`
}

// referralCompleted is called by the front-desk app (staff session) when a
// referred patient finishes a first visit: 500 loyalty points.
func (wh *Webhooks) referralCompleted(w http.ResponseWriter, r *http.Request) {
	var ref referral
	if err := json.NewDecoder(r.Body).Decode(&ref); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := wh.store.AddReferralPoints(r.Context(), ref.ReferrerID, 500); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
