package wire

import (
	"net/http"

	"audit6/evcharging/sessions"
)

// mountAPI registers the driver app's session endpoints.
func mountAPI(mux *http.ServeMux, svc *sessions.Service) {
	mux.HandleFunc("POST /api/sessions/{id}/start", func(w http.ResponseWriter, r *http.Request) {
		if err := svc.StartWithSavedCard(r.Context(), r.PathValue("id")); err != nil {
			http.Error(w, err.Error(), http.StatusPaymentRequired)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	mux.HandleFunc("POST /api/sessions/{id}/stop", func(w http.ResponseWriter, r *http.Request) {
		if err := svc.Finish(r.Context(), r.PathValue("id")); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}
