package aupay

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Event is what Wattle Pay posts to our notification URLs.
type Event struct {
	ID            string `json:"id"`
	Type          string `json:"type"` // transaction.approved, transaction.declined, dispute.opened
	TransactionID string `json:"transaction_id"`
	Reference     string `json:"reference"`
	Status        string `json:"status"`
	Amount        int64  `json:"amount"`
}

// Ledger is what the hooks need from storage.
type Ledger interface {
	MarkPaidByRef(ctx context.Context, ref string) (int64, error)
	MarkFailedByRef(ctx context.Context, ref, reason string) error
}

// Hooks receives Wattle Pay notifications.
type Hooks struct {
	Ledger Ledger
	OnPaid func(ctx context.Context, rentalID int64)
}

// Payment handles transaction notifications.
func (h *Hooks) Payment(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	switch ev.Status {
	case "APPROVED":
		rentalID, err := h.Ledger.MarkPaidByRef(r.Context(), ev.Reference)
		if err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		if h.OnPaid != nil {
			h.OnPaid(context.WithoutCancel(r.Context()), rentalID) // audit: reported at web/server.go:64 (webhookack, where web.New binds OnPaid): OnPaid is web.Server.syncGate (bound in web.New), which reads the rental and PUTs to the gate controller's REST API before the 200 is written (also arguable at web.New, where the Hooks are bound)
		}
	case "DECLINED", "REVERSED":
		if err := h.Ledger.MarkFailedByRef(r.Context(), ev.Reference, ev.Status); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Dispute handles chargeback notifications.
func (h *Hooks) Dispute(w http.ResponseWriter, r *http.Request) {
	var ev Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if err := h.Ledger.MarkFailedByRef(r.Context(), ev.Reference, "disputed"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// VerifySignature rejects notifications whose X-Wattle-Signature is not the
// HMAC-SHA256 of the body under secret.
func VerifySignature(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			sig, err := hex.DecodeString(r.Header.Get("X-Wattle-Signature"))
			if err != nil || !hmac.Equal(sig, mac.Sum(nil)) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
