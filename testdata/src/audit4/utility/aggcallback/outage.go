package aggcallback

import (
	"context"
	"encoding/json"
	"net/http"
)

// Incidents stores network-outage notices from operators.
type Incidents interface {
	Open(ctx context.Context, operator, region, status string) error
}

// OutageNotice is an operator's network status push.
type OutageNotice struct {
	Operator string `json:"operator"`
	Region   string `json:"region"`
	Status   string `json:"status"` // DEGRADED, DOWN, RESTORED
}

// OutageWebhook records operator outages to pause top-ups in a region;
// it moves no money.
func OutageWebhook(inc Incidents) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var n OutageNotice
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		_ = inc.Open(r.Context(), n.Operator, n.Region, n.Status)
		w.WriteHeader(http.StatusNoContent)
	}
}

// Mount registers the callbacks.
func Mount(mux *http.ServeMux, h *Handler, inc Incidents) {
	mux.HandleFunc("/callbacks/topup/delivered", h.Delivered)
	mux.HandleFunc("/callbacks/topup/v2", h.DeliveredMaybeSigned)
	mux.HandleFunc("/callbacks/topup/v3", h.DeliveredSigned)
	mux.HandleFunc("/callbacks/network", OutageWebhook(inc))
}
