// Package signing verifies provider webhook signatures.
package signing

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/razorpay/razorpay-go/utils"
)

// ErrBadSignature is returned when a signature does not match.
var ErrBadSignature = errors.New("signing: bad signature")

// VerifyRazorpay checks the X-Razorpay-Signature of a webhook body.
func VerifyRazorpay(body []byte, sig, secret string) error {
	if !utils.VerifyWebhookSignature(string(body), sig, secret) {
		return ErrBadSignature
	}
	return nil
}

// VerifyHex checks a hex HMAC-SHA256 of body.
func VerifyHex(body []byte, sig string, key []byte) error {
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(sig)
	if err != nil || !hmac.Equal(want, got) {
		return ErrBadSignature
	}
	return nil
}

// HMACMiddleware rejects requests whose header does not carry a valid hex
// HMAC-SHA256 of the body. The body is restored for the next handler.
func HMACMiddleware(header string, key []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			if err := VerifyHex(body, r.Header.Get(header), key); err != nil {
				http.Error(w, "signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
