// Package acmesig checks the Acme bank's callback signatures.
package acmesig

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
)

// Middleware rejects callbacks whose Acme-Signature is not the HMAC of
// the body.
func Middleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			sig, _ := base64.StdEncoding.DecodeString(r.Header.Get("Acme-Signature"))
			if !hmac.Equal(mac.Sum(nil), sig) {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
