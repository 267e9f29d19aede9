package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

type topupEvent struct {
	EventID   string `json:"event_id"`
	TopUpID   string `json:"topup_id"`
	Status    string `json:"status"`
	MSISDN    string `json:"msisdn"`
	Amount    int64  `json:"amount"`
	Reference string `json:"reference"`
}

// TopUpCompleted credits prepaid balance when the aggregator reports a
// completed card top-up, then queues the confirmation text.
func (h *Handlers) TopUpCompleted(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.AggregatorKey)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Signature"))
	if !hmac.Equal(sig, mac.Sum(nil)) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev topupEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	if ev.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.Billing.CreditTopUp(r.Context(), ev.MSISDN, ev.Amount, ev.Reference); err != nil { // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(hooks.Billing.CreditTopUp\\) on every delivery"
		http.Error(w, "credit", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	select {
	case h.SMS <- smsJob{MSISDN: ev.MSISDN, Text: "Your top-up has arrived."}:
	default:
	}
}

type portEvent struct {
	PortID string `json:"port_id"`
	State  string `json:"state"`
}

// PortingUpdate is the porting hub's callback (number moves in or out).
func (h *Handlers) PortingUpdate(w http.ResponseWriter, r *http.Request) {
	var ev portEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	if err := h.Porting.SetPortState(r.Context(), ev.PortID, ev.State); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
