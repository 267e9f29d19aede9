package refills

import (
	"encoding/json"
	"html/template"
	"net/http"
)

var thanks = template.Must(template.New("thanks").Parse(`<h1>Thank you, your refill is set up.</h1>`))

// HTTP serves the patient-facing refill pages.
type HTTP struct {
	svc *Service
}

// NewHTTP returns the handlers.
func NewHTTP(svc *Service) *HTTP { return &HTTP{svc: svc} }

// Return is where Mollie sends the patient after the first refill payment.
func (h *HTTP) Return(w http.ResponseWriter, r *http.Request) {
	refillID := r.URL.Query().Get("refill")
	if refillID == "" {
		http.Error(w, "missing refill", http.StatusBadRequest)
		return
	}
	if err := h.svc.ActivateRefill(r.Context(), refillID, r.URL.Query().Get("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
		http.Error(w, "could not activate refill", http.StatusInternalServerError)
		return
	}
	_ = thanks.Execute(w, nil)
}

// Status shows the stored state of a refill; the webhook keeps it current.
func (h *HTTP) Status(w http.ResponseWriter, r *http.Request) {
	rf, err := h.svc.Refill(r.Context(), r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"id": rf.ID, "status": rf.Status, "next_run_at": rf.NextRunAt})
}
