package paystation

import (
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Notification is a pay-station webhook body.
type Notification struct {
	Type        string `json:"notification_type"` // payment, refund, user_validation
	Transaction struct {
		ID         int64  `json:"id"`
		ExternalID string `json:"external_id"`
	} `json:"transaction"`
	User struct {
		ID string `json:"id"`
	} `json:"user"`
	Purchase struct {
		VirtualCurrency struct {
			Quantity int64 `json:"quantity"`
		} `json:"virtual_currency"`
	} `json:"purchase"`
}

// Signed checks "Authorization: Signature <sha1(body + secret)>" and hands
// the body on to next.
func Signed(secret string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
		if err != nil {
			http.Error(w, "read", http.StatusBadRequest)
			return
		}
		sum := sha1.Sum(append(body, secret...))
		got := strings.TrimPrefix(r.Header.Get("Authorization"), "Signature ")
		if subtle.ConstantTimeCompare([]byte(got), []byte(hex.EncodeToString(sum[:]))) != 1 {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"error":{"code":"INVALID_SIGNATURE"}}`))
			return
		}
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		next.ServeHTTP(w, r)
	})
}

// PaymentHook credits the virtual currency of a paid transaction, once
// per transaction id.
type PaymentHook struct {
	RDB *redis.Client
}

// ServeHTTP handles one notification.
func (h *PaymentHook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var n Notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if n.Type != "payment" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	ctx := r.Context()
	first, err := h.RDB.SetNX(ctx, "ps:tx:"+n.Transaction.ExternalID, n.Transaction.ID, 30*24*time.Hour).Result()
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if first {
		h.RDB.HIncrBy(ctx, "wallet:"+n.User.ID, "gems", n.Purchase.VirtualCurrency.Quantity)
		h.RDB.HSet(ctx, "order:"+n.Transaction.ExternalID, "status", "paid")
	}
	w.WriteHeader(http.StatusNoContent)
}
