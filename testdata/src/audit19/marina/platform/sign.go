package platform

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// ErrBadSignature is returned for a notification whose signature does not match.
var ErrBadSignature = errors.New("platform: bad webhook signature")

// VerifySquare checks the x-square-hmacsha256-signature header: an HMAC-SHA256
// of the notification URL followed by the raw body, base64-encoded.
func VerifySquare(signatureKey, notificationURL string, body []byte, header string) error {
	if signatureKey == "" {
		return nil
	}
	mac := hmac.New(sha256.New, []byte(signatureKey))
	mac.Write([]byte(notificationURL))
	mac.Write(body)
	want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(header)) {
		return ErrBadSignature
	}
	return nil
}

// StripeEvent verifies a Stripe-Signature header and returns the event.
func StripeEvent(body []byte, header, secret string) (stripe.Event, error) {
	ev, err := webhook.ConstructEvent(body, header, secret)
	if err != nil {
		return stripe.Event{}, ErrBadSignature
	}
	return ev, nil
}
