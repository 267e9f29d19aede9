package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
)

// ErrBadSignature is returned when a partner signature does not match.
var ErrBadSignature = errors.New("signature mismatch")

// VerifyHMAC checks a hex HMAC-SHA256 of body.
func VerifyHMAC(secret, body []byte, signature string) error {
	if signature == "" {
		return ErrBadSignature
	}
	got, err := hex.DecodeString(signature)
	if err != nil {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	if !hmac.Equal(got, mac.Sum(nil)) {
		return ErrBadSignature
	}
	return nil
}

// SignedBody is middleware that rejects requests whose header does not
// carry a valid HMAC of the body; the body is restored for the next handler.
func SignedBody(secret []byte, header string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			if err := VerifyHMAC(secret, body, r.Header.Get(header)); err != nil {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
