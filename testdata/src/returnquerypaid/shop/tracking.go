package shop

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"returnquerypaid/store"
)

// TrackingPages: the parcel pages a courier's app and a payment page
// send the browser back to.
type TrackingPages struct {
	labels    *store.LabelOrders
	shipments *store.Shipments
}

func NewTrackingPages(l *store.LabelOrders, s *store.Shipments) *TrackingPages {
	return &TrackingPages{labels: l, shipments: s}
}

func (p *TrackingPages) Routes(r chi.Router) {
	// The label shop's second payment page returns here with ?status=SETTLED.
	r.Get("/orders/{id}/return", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Query().Get("status") {
		case "SETTLED":
			if err := p.labels.Issue(r.Context(), chi.URLParam(r, "id")); err != nil { // want "order fulfilled in the success-redirect handler from the query string \\(status\\)"
				http.Error(w, "try again", http.StatusInternalServerError)
				return
			}
			http.Redirect(w, r, "/labels", http.StatusFound)
		default:
			http.Error(w, "not paid", http.StatusPaymentRequired)
		}
	})
	// The courier's app returns here once the parcel is delivered: the
	// status is the shipment's.
	r.Get("/parcels/{id}/tracking/complete", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("status") == "delivered" {
			if err := p.shipments.Close(r.Context(), chi.URLParam(r, "id")); err != nil {
				http.Error(w, "try again", http.StatusInternalServerError)
				return
			}
		}
		w.WriteHeader(http.StatusNoContent)
	})
}
