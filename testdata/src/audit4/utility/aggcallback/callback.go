// Package aggcallback receives the airtime aggregator's delivery callbacks.
package aggcallback

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
)

// Orders updates top-up orders.
type Orders interface {
	SetStatus(ctx context.Context, requestID, status string) error
}

// Callback is the aggregator's delivery notification.
type Callback struct {
	RequestID string `json:"request_id"`
	Status    string `json:"status"` // DELIVERED, FAILED
	Amount    int64  `json:"amount"`
}

// Handler holds the callback dependencies.
type Handler struct {
	orders Orders
	secret string
}

// NewHandler reads the shared secret from the environment.
func NewHandler(o Orders) *Handler {
	return &Handler{orders: o, secret: os.Getenv("AGG_CALLBACK_SECRET")}
}

func validSig(secret string, body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// Delivered trusts whatever is posted to it.
func (h *Handler) Delivered(w http.ResponseWriter, r *http.Request) {
	var cb Callback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = h.orders.SetStatus(r.Context(), cb.RequestID, cb.Status) // want "\\[webhookverify\\] payment webhook /callbacks/topup/delivered acts on the payment \\(the event's status stored by aggcallback.Orders.SetStatus\\) without verifying"
	w.WriteHeader(http.StatusOK)
}

// DeliveredMaybeSigned checks the signature only when a secret is
// configured; a deploy without AGG_CALLBACK_SECRET accepts forgeries.
func (h *Handler) DeliveredMaybeSigned(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if h.secret != "" && !validSig(h.secret, body, r.Header.Get("X-Agg-Signature")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var cb Callback
	if err := json.Unmarshal(body, &cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = h.orders.SetStatus(r.Context(), cb.RequestID, cb.Status) // want "\\[webhookverify\\] payment webhook /callbacks/topup/v2 skips signature verification when the secret is empty"
	w.WriteHeader(http.StatusOK)
}

// DeliveredSigned always verifies.
func (h *Handler) DeliveredSigned(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || !validSig(h.secret, body, r.Header.Get("X-Agg-Signature")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var cb Callback
	if err := json.Unmarshal(body, &cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	_ = h.orders.SetStatus(r.Context(), cb.RequestID, cb.Status)
	w.WriteHeader(http.StatusOK)
}
