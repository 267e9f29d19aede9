package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"strings"
)

var ErrBadSignature = errors.New("platform: bad signature")

// VerifyHMAC checks a hex HMAC-SHA256 of body (optionally prefixed "sha256=").
func VerifyHMAC(body []byte, sig, secret string) error {
	if secret == "" {
		return errors.New("platform: signing secret not configured")
	}
	got, err := hex.DecodeString(strings.TrimPrefix(sig, "sha256="))
	if err != nil || len(got) == 0 {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), got) {
		return ErrBadSignature
	}
	return nil
}

// Sign returns the hex HMAC-SHA256 of body, for outgoing partner calls.
func Sign(body []byte, secret string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

// RequireHMAC is middleware that rejects a request unless header carries a
// valid HMAC of its body. The body is restored for the next handler.
func RequireHMAC(header, secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "unreadable body", http.StatusBadRequest)
				return
			}
			if err := VerifyHMAC(body, r.Header.Get(header), secret); err != nil {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
