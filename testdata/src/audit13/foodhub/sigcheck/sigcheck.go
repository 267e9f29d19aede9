// Package sigcheck verifies webhook signatures of the payment providers.
package sigcheck

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	square "github.com/square/square-go-sdk"
	sqwebhooks "github.com/square/square-go-sdk/webhooks/client"
)

// ErrBadSignature is returned for a missing or wrong signature.
var ErrBadSignature = errors.New("sigcheck: bad signature")

// Checkout checks Checkout.com's Cko-Signature: the hex HMAC-SHA256 of the
// raw body under the webhook secret.
func Checkout(secret string, body []byte, signature string) error {
	if secret == "" || signature == "" {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(signature)) {
		return ErrBadSignature
	}
	return nil
}

// Square returns middleware that rejects requests whose
// x-square-hmacsha256-signature does not match the body.
func Square(signatureKey, notificationURL string) func(http.Handler) http.Handler {
	verifier := &sqwebhooks.Client{}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil || len(body) == 0 {
				http.Error(w, "empty body", http.StatusBadRequest)
				return
			}
			err = verifier.VerifySignature(r.Context(), &square.VerifySignatureRequest{
				RequestBody:     string(body),
				SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
				SignatureKey:    signatureKey,
				NotificationURL: notificationURL,
			})
			if err != nil {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
