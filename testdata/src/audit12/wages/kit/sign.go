package kit

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
)

// ErrBadSignature is returned when a signed body does not match.
var ErrBadSignature = errors.New("signature mismatch")

// Sign returns the hex HMAC-SHA256 of body under secret.
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// VerifyHMAC checks a hex HMAC-SHA256 signature of body.
func VerifyHMAC(secret, body []byte, sig string) error {
	want, err := hex.DecodeString(sig)
	if err != nil {
		return ErrBadSignature
	}
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	if !hmac.Equal(m.Sum(nil), want) {
		return ErrBadSignature
	}
	return nil
}

// RequireSignature is middleware that rejects requests whose header does
// not carry a valid HMAC of the body. The body is restored for next.
func RequireSignature(secret []byte, header string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			if err := VerifyHMAC(secret, body, r.Header.Get(header)); err != nil {
				http.Error(w, "forbidden", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
