// Package tipshooks receives a tipping platform's Paystack events: a
// middleware checks x-paystack-signature and hands the parsed event on in
// the request context (chi).
package tipshooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha512"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

type ctxKey int

const eventCtx ctxKey = 1

// Event is a Paystack event.
type Event struct {
	Event string `json:"event"`
	Data  struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"data"`
}

// Verify rejects a request whose x-paystack-signature is not the
// HMAC-SHA512 of the body, and hands the event on in the context.
func Verify(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha512.New, []byte(secret))
			mac.Write(body)
			if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("x-paystack-signature"))) {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			var ev Event
			if err := json.Unmarshal(body, &ev); err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), eventCtx, &ev)))
		})
	}
}

func event(r *http.Request) *Event {
	ev, _ := r.Context().Value(eventCtx).(*Event)
	return ev
}

// TipHooks holds the handlers' database.
type TipHooks struct{ DB *sql.DB }

// ChargeSuccess marks a tip paid; the event comes from Verify.
func (t *TipHooks) ChargeSuccess(w http.ResponseWriter, r *http.Request) {
	ev := event(r)
	if ev == nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if ev.Event != "charge.success" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := t.DB.ExecContext(r.Context(), `UPDATE tips SET status = 'paid' WHERE reference = $1`, ev.Data.Reference); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
