// Package sighmac is the shop's signature middleware for its bank
// partner's callbacks: an HMAC-SHA256 of the body in a header.
package sighmac

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// Require rejects a request whose X-Signature is not the HMAC of its body.
func Require(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			want, err := hex.DecodeString(r.Header.Get("X-Signature"))
			if err != nil {
				http.Error(w, "forbidden", http.StatusUnauthorized)
				return
			}
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			if !hmac.Equal(mac.Sum(nil), want) {
				http.Error(w, "forbidden", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// Throttle limits how many callbacks run at once; it checks nothing.
func Throttle(n int) func(http.Handler) http.Handler {
	sem := make(chan struct{}, n)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sem <- struct{}{}
			defer func() { <-sem }()
			next.ServeHTTP(w, r)
		})
	}
}
