package qrwallet

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
)

// Event is the callback the aggregator posts when a charge changes state.
type Event struct {
	EventID   string `json:"event_id"`
	ChargeID  string `json:"charge_id"`
	Reference string `json:"reference"`
	Status    string `json:"status"`
	Amount    int64  `json:"amount"`
}

// Sign is the aggregator's signature: hex HMAC-SHA256 of the raw body.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// VerifySignature rejects a callback whose X-QR-Signature does not match the
// body.
func VerifySignature(secret string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "read", http.StatusBadRequest)
			return
		}
		got, _ := hex.DecodeString(r.Header.Get("X-QR-Signature"))
		want, _ := hex.DecodeString(Sign(secret, body))
		if len(got) == 0 || !hmac.Equal(got, want) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// Payments is what a product line does when a QR charge is paid.
type Payments interface {
	MarkPaidByRef(ctx context.Context, reference string) error
}

// Callbacks handles the aggregator's charge callbacks for one product line.
type Callbacks struct {
	payments Payments
	log      *slog.Logger
}

func NewCallbacks(p Payments, log *slog.Logger) *Callbacks {
	return &Callbacks{payments: p, log: log}
}

func (cb *Callbacks) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var evt Event
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if evt.Status != StatusPaid {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err := cb.payments.MarkPaidByRef(r.Context(), evt.Reference); err != nil {
		cb.log.Error("qr callback", "ref", evt.Reference, "err", err)
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
