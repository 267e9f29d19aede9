package platform

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"
)

// ErrBadSignature is returned when a webhook signature does not match.
var ErrBadSignature = errors.New("bad webhook signature")

// VerifyHMAC checks a hex HMAC-SHA256 of body against header.
func VerifyHMAC(body []byte, header, secret string) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(header)) {
		return ErrBadSignature
	}
	return nil
}

// StripeSignature is middleware that rejects requests whose
// Stripe-Signature header does not match the endpoint secret.
func StripeSignature(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
				http.Error(w, "invalid signature", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
