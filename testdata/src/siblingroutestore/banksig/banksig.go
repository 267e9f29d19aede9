// Package banksig checks the signatures Northbank puts on its event
// deliveries.
package banksig

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// RequireSignature is middleware that rejects a delivery whose header
// does not carry the HMAC of the body; the body is restored for next.
func RequireSignature(secret []byte, header string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			sig, _ := hex.DecodeString(r.Header.Get(header))
			if !hmac.Equal(mac.Sum(nil), sig) {
				http.Error(w, "forbidden", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// LogRequests logs each request and verifies nothing.
func LogRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		println(r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}
