// Package app binds the notify handlers to their use cases and mounts them.
package app

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"

	"wirehooks/stdmux/billing"
	"wirehooks/stdmux/notify"
)

var secret = []byte(os.Getenv("PADDLE_SECRET"))

// paddleSig lets a request through only with a valid HMAC of its body.
func paddleSig(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(r.Header.Get("Paddle-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func Routes(db *sql.DB) *http.ServeMux {
	txns := &billing.Transactions{DB: db}
	paddle := &notify.Paddle{Txns: txns}
	signed := &notify.Signed{Txns: txns, Secret: secret}
	mirror := &notify.Mirror{Txns: billing.Audit{Log: log.Default()}}
	replay := &notify.Replay{Txns: txns}
	dry := &notify.Replay{Txns: billing.Audit{Log: log.Default()}}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /paddle/transactions", paddle.TransactionCompleted) // want `payment webhook handler paddle.TransactionCompleted \(package wirehooks/stdmux/notify\) mounted on POST /paddle/transactions verifies no signature, and no middleware on this route does: it acts on the payment through notify.Settler.SettleTransaction \(notify.go:46\), which billing.Transactions.SettleTransaction, bound here, performs`
	mux.Handle("POST /paddle/v2/transactions", paddleSig(http.HandlerFunc(paddle.TransactionCompleted)))
	mux.HandleFunc("POST /paddle/signed", signed.TransactionCompleted)
	mux.HandleFunc("POST /paddle/mirror", mirror.TransactionCompleted)
	mux.HandleFunc("POST /paddle/replay", replay.TransactionCompleted)
	mux.HandleFunc("POST /paddle/dry", dry.TransactionCompleted)
	return mux
}
