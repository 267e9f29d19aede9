// Package sigcheck verifies GoCardless webhook signatures (HMAC-SHA256 of
// the body, hex, in the Webhook-Signature header).
package sigcheck

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// GoCardless returns middleware that rejects unsigned requests.
func GoCardless(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				http.Error(w, "bad body", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			want := hex.EncodeToString(mac.Sum(nil))
			if !hmac.Equal([]byte(want), []byte(r.Header.Get("Webhook-Signature"))) {
				http.Error(w, "invalid signature", 498)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
