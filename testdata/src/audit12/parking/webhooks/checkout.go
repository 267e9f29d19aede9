package webhooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gorilla/mux"

	"audit12/parking/store"
)

// CheckoutSignature rejects Checkout.com notifications whose Cko-Signature
// header is not the HMAC-SHA256 of the body under the endpoint's secret.
func CheckoutSignature(secret []byte) mux.MiddlewareFunc {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("Cko-Signature"))) {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// CheckoutHooks handles Checkout.com notifications for wallet top-ups.
type CheckoutHooks struct {
	wallets *store.Wallets
}

// NewCheckoutHooks returns the Checkout.com handlers.
func NewCheckoutHooks(wallets *store.Wallets) *CheckoutHooks { return &CheckoutHooks{wallets: wallets} }

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Amount    int64  `json:"amount"`
		Reference string `json:"reference"`
	} `json:"data"`
}

// PaymentEvent handles payment_captured and payment_declined.
func (h *CheckoutHooks) PaymentEvent(w http.ResponseWriter, r *http.Request) {
	var evt ckoEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch evt.Type {
	case "payment_captured":
		t, err := h.wallets.TopupByPayment(ctx, evt.Data.ID)
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if err := h.wallets.Credit(ctx, t.WalletID, evt.Data.Amount); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Wallets.Credit"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	case "payment_declined":
		if t, err := h.wallets.TopupByPayment(ctx, evt.Data.ID); err == nil {
			_ = h.wallets.MarkTopupFailed(ctx, t.ID)
		}
	}
	w.WriteHeader(http.StatusOK)
}
