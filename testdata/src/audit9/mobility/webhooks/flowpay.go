package webhooks

import (
	"encoding/json"
	"io"
	"net/http"

	"audit9/mobility/domain"
	"audit9/mobility/retryx"
)

// Flowpay handles Flowpay charge notifications for bank-app top-ups.
type Flowpay struct {
	secret string
	events domain.EventLog
	jobs   domain.Jobs
}

// NewFlowpay returns the Flowpay handler.
func NewFlowpay(secret string, events domain.EventLog, jobs domain.Jobs) *Flowpay {
	return &Flowpay{secret: secret, events: events, jobs: jobs}
}

type flowEvent struct {
	ID     string `json:"id"`
	Type   string `json:"type"`
	Charge struct {
		ID        string `json:"id"`
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"charge"`
}

// Charges is POST /webhooks/flowpay.
func (h *Flowpay) Charges(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := retryx.VerifyHMAC(body, r.Header.Get("X-Flowpay-Signature"), h.secret); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev flowEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type != "charge.succeeded" {
		w.WriteHeader(http.StatusOK)
		return
	}
	first, err := h.events.Claim(r.Context(), "flowpay", ev.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if first {
		if err := h.jobs.Enqueue(r.Context(), "wallet.credit_topup", map[string]string{"topup_id": ev.Charge.Reference}); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
