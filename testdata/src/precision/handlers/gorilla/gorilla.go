// Package gorilla: gorilla/mux subrouters with verifying middleware and
// success pages that only render.
package gorilla

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gorilla/mux"
)

type Ledger struct{}

func (Ledger) CreditWallet(userID string, cents int64) error { return nil }

var ledger Ledger

func hmacMiddleware(secret []byte) mux.MiddlewareFunc {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

func topUp(w http.ResponseWriter, r *http.Request) {
	var ev struct {
		User   string
		Amount int64
		Status string
	}
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	if ev.Status == "succeeded" {
		_ = ledger.CreditWallet(ev.User, ev.Amount)
	}
}

func Router(secret []byte) *mux.Router {
	r := mux.NewRouter()
	hooks := r.PathPrefix("/webhooks").Subrouter()
	hooks.Use(hmacMiddleware(secret))
	hooks.HandleFunc("/payments", topUp).Methods(http.MethodPost)

	r.Handle("/stripe/webhook", hmacMiddleware(secret)(http.HandlerFunc(topUp))).Methods(http.MethodPost)
	r.Path("/payments/webhook").Methods(http.MethodPost).Handler(hmacMiddleware(secret)(http.HandlerFunc(topUp)))

	pay := r.PathPrefix("/pay").Subrouter()
	pay.HandleFunc("/success", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("top-up received; your balance updates in a minute for " + mux.Vars(r)["id"]))
	}).Methods(http.MethodGet)
	return r
}
