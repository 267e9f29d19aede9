// Package earlyhooks puts the parsed event in the context before its
// middleware checks the signature: the key is written where nothing has
// been verified, so the handler reading it stays judged here.
package earlyhooks

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

type ctxKey struct{}

// Event is a Paystack event.
type Event struct {
	Event string `json:"event"`
	Data  struct {
		Reference string `json:"reference"`
	} `json:"data"`
}

// Parse stashes the event first, then checks x-paystack-signature.
func Parse(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			var ev Event
			_ = json.Unmarshal(body, &ev)
			ctx := context.WithValue(r.Context(), ctxKey{}, &ev)
			mac := hmac.New(sha512.New, []byte(secret))
			mac.Write(body)
			if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("x-paystack-signature"))) {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// DonationWebhooks holds the handlers' database.
type DonationWebhooks struct{ DB *sql.DB }

// Paid marks a donation paid from the event in the context.
func (d *DonationWebhooks) Paid(w http.ResponseWriter, r *http.Request) {
	ev, ok := r.Context().Value(ctxKey{}).(*Event)
	if !ok || ev.Event != "charge.success" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := d.DB.ExecContext(r.Context(), `UPDATE donations SET status = 'paid' WHERE reference = $1`, ev.Data.Reference); err != nil { // want `payment webhook DonationWebhooks.Paid acts on the payment \(paid state stored by sql.DB.ExecContext\) without verifying the provider.s signature`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
