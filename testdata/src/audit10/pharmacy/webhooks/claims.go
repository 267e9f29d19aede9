package webhooks

import (
	"encoding/json"
	"net/http"

	"audit10/pharmacy/store"
)

type adjudicationEvent struct {
	EventID   string `json:"event_id"`
	ClaimID   string `json:"claim_id"`
	RxOrderID string `json:"external_ref"`
	Status    string `json:"status"`
}

// Claims receives the insurer's adjudication notices; the claims worker
// settles orders whose claim was decided. The route is mounted behind
// signing.HMACMiddleware.
type Claims struct {
	st *store.Store
}

// NewClaims returns the adjudication handler.
func NewClaims(st *store.Store) *Claims {
	return &Claims{st: st}
}

// Adjudicated handles POST /hooks/insurer.
func (h *Claims) Adjudicated(w http.ResponseWriter, r *http.Request) {
	var evt adjudicationEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.st.SetRxOrderStatus(r.Context(), evt.RxOrderID, "claim_"+evt.Status); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
