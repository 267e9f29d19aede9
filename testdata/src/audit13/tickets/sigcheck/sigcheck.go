// Package sigcheck holds the signature checks shared by our webhook
// endpoints.
package sigcheck

import (
	"bytes"
	"errors"
	"io"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	stripe "github.com/stripe/stripe-go/v82"
	stripewebhook "github.com/stripe/stripe-go/v82/webhook"
	svix "github.com/svix/svix-webhooks/go"
)

// ErrBadSignature is returned for a payload whose signature does not match.
var ErrBadSignature = errors.New("sigcheck: bad signature")

const maxBody = 1 << 20

// AdyenItem checks the HMAC signature Adyen puts in each notification item.
func AdyenItem(item webhook.NotificationRequestItem, hmacKey string) error {
	if !hmacvalidator.ValidateHmac(item, hmacKey) {
		return ErrBadSignature
	}
	return nil
}

// StripeEvent reads the request body and returns the event once its
// Stripe-Signature header checks out.
func StripeEvent(r *http.Request, secret string) (stripe.Event, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return stripe.Event{}, err
	}
	return stripewebhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
}

// Svix verifies requests relayed by our event gateway, which signs them
// with svix.
func Svix(secret string) func(http.Handler) http.Handler {
	wh, err := svix.NewWebhook(secret)
	if err != nil {
		panic("sigcheck: svix secret: " + err.Error())
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
			if err != nil {
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			if err := wh.Verify(body, r.Header); err != nil {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
