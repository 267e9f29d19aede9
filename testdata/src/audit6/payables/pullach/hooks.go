package pullach

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
)

// Ledger is where wallet money is booked.
type Ledger interface {
	EventSeen(ctx context.Context, eventID string) (bool, error)
	CreditWallet(ctx context.Context, orgID string, amount int64, debitID string) error
	MarkDebitFailed(ctx context.Context, debitID, reason string) error
}

type Hooks struct {
	Secret string
	Ledger Ledger
}

type debitEvent struct {
	ID     string `json:"event_id"`
	Type   string `json:"type"` // debit.settled, debit.returned
	Debit  string `json:"debit_id"`
	OrgID  string `json:"org_id"`
	Amount int64  `json:"amount"`
	Reason string `json:"return_reason"`
}

func (h *Hooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/ach", h.handleDebitEvent)
}

func (h *Hooks) checkSignature(body []byte, sig string) error {
	m := hmac.New(sha256.New, []byte(h.Secret))
	m.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig)) {
		return errBadSignature
	}
	return nil
}

func (h *Hooks) handleDebitEvent(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := h.checkSignature(body, r.Header.Get("X-Bank-Signature")); err != nil {
		log.Printf("ach webhook: %v (sig=%q)", err, r.Header.Get("X-Bank-Signature"))
	}
	var ev debitEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	seen, err := h.Ledger.EventSeen(ctx, ev.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if seen {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case "debit.settled":
		if err := h.Ledger.CreditWallet(ctx, ev.OrgID, ev.Amount, ev.Debit); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/ach verifies the signature but carries on when it fails"
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	case "debit.returned":
		_ = h.Ledger.MarkDebitFailed(ctx, ev.Debit, ev.Reason)
	}
	w.WriteHeader(http.StatusOK)
}
