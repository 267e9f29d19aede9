package hooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"audit25/coworking/store"
)

// ClearlineSignature checks the X-Clearline-Signature HMAC of a callback.
func ClearlineSignature(secret string) func(http.Handler) http.Handler {
	if secret == "" {
		panic("hooks: empty Clearline signing secret")
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Clearline-Signature"))) {
				http.Error(w, "signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// Clearline handles payout status callbacks.
type Clearline struct {
	billing *store.Billing
}

func NewClearline(billing *store.Billing) *Clearline { return &Clearline{billing: billing} }

type payoutCallback struct {
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"`
}

// Payouts receives paid/failed updates for payouts we created.
func (h *Clearline) Payouts(w http.ResponseWriter, r *http.Request) {
	var cb payoutCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	if err := h.billing.SetPayoutStatusByProvider(r.Context(), cb.PayoutID, cb.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Returns receives payouts the beneficiary bank sent back (closed account,
// name mismatch). Clearline posts the same shape.
func (h *Clearline) Returns(w http.ResponseWriter, r *http.Request) {
	var cb payoutCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		http.Error(w, "decode", http.StatusBadRequest)
		return
	}
	if err := h.billing.SetPayoutStatusByProvider(r.Context(), cb.PayoutID, cb.Status); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
