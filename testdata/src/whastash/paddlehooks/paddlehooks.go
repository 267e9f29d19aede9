// Package paddlehooks receives Paddle Billing notifications on net/http.
// Its signing middleware hands the body it checked on in the request's
// context; the handlers decode that and never read the request's body
// themselves. Whether a route is signed is decided where it is mounted.
package paddlehooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
)

type bodyKey struct{}

// Hooks are the Paddle notification handlers.
type Hooks struct {
	secret []byte
	db     *sql.DB
}

// New returns the handlers.
func New(secret []byte, db *sql.DB) *Hooks { return &Hooks{secret: secret, db: db} }

// Signed checks Paddle-Signature, the HMAC of the body, and answers 401
// when it does not match.
func (h *Hooks) Signed() func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil || len(body) == 0 {
				http.Error(w, "bad body", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, h.secret)
			mac.Write(body)
			want, _ := hex.DecodeString(r.Header.Get("Paddle-Signature"))
			if !hmac.Equal(mac.Sum(nil), want) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bodyKey{}, body)))
		})
	}
}

// Capture reads the body for the access log and hands it on: it checks
// nothing.
func (h *Hooks) Capture() func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, "bad body", http.StatusBadRequest)
				return
			}
			log.Printf("paddle: %d bytes", len(raw))
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bodyKey{}, raw)))
		})
	}
}

type transactionEvent struct {
	EventID   string `json:"event_id"`
	EventType string `json:"event_type"`
	Data      struct {
		ID         string `json:"id"`
		Status     string `json:"status"`
		CustomData struct {
			OrderID string `json:"order_id"`
		} `json:"custom_data"`
	} `json:"data"`
}

// TransactionCompleted marks the order of a completed transaction paid.
func (h *Hooks) TransactionCompleted(w http.ResponseWriter, r *http.Request) {
	var ev transactionEvent
	if err := json.Unmarshal(r.Context().Value(bodyKey{}).([]byte), &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.EventType != "transaction.completed" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if _, err := h.db.ExecContext(r.Context(), `UPDATE orders SET status = 'paid' WHERE id = $1`, ev.Data.CustomData.OrderID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Ping logs a test notification: it changes nothing.
func (h *Hooks) Ping(w http.ResponseWriter, r *http.Request) {
	var ev transactionEvent
	if err := json.Unmarshal(r.Context().Value(bodyKey{}).([]byte), &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	log.Printf("paddle ping %s", ev.EventID)
	w.WriteHeader(http.StatusNoContent)
}
