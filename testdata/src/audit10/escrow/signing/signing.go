// Package signing checks the signatures of inbound provider callbacks.
package signing

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// ErrBadSignature is returned for callbacks that fail verification.
var ErrBadSignature = errors.New("signing: bad signature")

const maxBody = 1 << 20

// ReadStripeEvent reads the request body and verifies its Stripe-Signature.
func ReadStripeEvent(r *http.Request, secret string) (stripe.Event, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return stripe.Event{}, err
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		return stripe.Event{}, ErrBadSignature
	}
	return evt, nil
}

type eventKey struct{}

// StripeMiddleware verifies the Stripe signature and hands the parsed
// event to the next handler through the request context.
func StripeMiddleware(secret string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
			if err != nil {
				http.Error(w, "read", http.StatusBadRequest)
				return
			}
			evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
			if err != nil {
				http.Error(w, "signature", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			ctx := context.WithValue(r.Context(), eventKey{}, evt)
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// EventFrom returns the event stored by StripeMiddleware.
func EventFrom(ctx context.Context) (stripe.Event, bool) {
	evt, ok := ctx.Value(eventKey{}).(stripe.Event)
	return evt, ok
}

// HMACHex reports whether sigHex is the hex HMAC-SHA256 of body under secret.
func HMACHex(body []byte, sigHex, secret string) error {
	want, err := hex.DecodeString(sigHex)
	if err != nil {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), want) {
		return ErrBadSignature
	}
	return nil
}
