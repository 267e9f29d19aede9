package platform

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// ErrBadSignature is returned when a webhook's signature does not match.
var ErrBadSignature = errors.New("platform: bad webhook signature")

const maxWebhookBody = 1 << 16

// StripeEvent reads a Stripe webhook request and returns its event once the
// Stripe-Signature header matches the endpoint secret.
func StripeEvent(r *http.Request, secret string) (stripe.Event, error) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody))
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
}

// HMACHex reports whether sig is the hex HMAC-SHA256 of body under secret.
func HMACHex(body []byte, sig, secret string) bool {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}
