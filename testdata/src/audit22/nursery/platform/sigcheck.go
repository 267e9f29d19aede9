package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// RequireHMAC rejects requests whose X-Signature header is not the hex
// HMAC-SHA256 of the body under secret. The body is put back for next.
func RequireHMAC(secret string) func(http.Handler) http.Handler {
	if secret == "" {
		panic("platform: RequireHMAC needs a secret")
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write(body)
			want := mac.Sum(nil)
			got, err := hex.DecodeString(r.Header.Get("X-Signature"))
			if err != nil || !hmac.Equal(want, got) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
