package pix

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Notification is the body of the PSP's callback: the PIX received.
type Notification struct {
	Pix []Payment `json:"pix"`
}

type ctxKey struct{}

// RequireSignature checks the X-Pix-Signature header (hex HMAC-SHA256 of the
// body with the callback secret) before the next handler runs, and hands the
// body on.
func RequireSignature(secret []byte) func(http.Handler) http.Handler {
	if len(secret) == 0 {
		panic("pix: RequireSignature needs the callback secret")
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "bad body", http.StatusBadRequest)
				return
			}
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			want := mac.Sum(nil)
			got, err := hex.DecodeString(r.Header.Get("X-Pix-Signature"))
			if err != nil || !hmac.Equal(got, want) {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, true)))
		})
	}
}

// Decode reads a callback body.
func Decode(r io.Reader) (Notification, error) {
	var n Notification
	err := json.NewDecoder(r).Decode(&n)
	return n, err
}
