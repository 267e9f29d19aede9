// Package cards wraps the card payments a poster shop takes through Stripe.
package cards

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Gateway holds the shop's Stripe keys.
type Gateway struct {
	Secret string
}

// LookupIntent fetches a PaymentIntent by its id, whatever its status.
func (g *Gateway) LookupIntent(id string) (*stripe.PaymentIntent, error) {
	stripe.Key = g.Secret
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return nil, err
	}
	return pi, nil
}

// ErrNotPaid: the PaymentIntent has not succeeded.
var ErrNotPaid = errors.New("cards: payment not succeeded")

// SucceededIntent fetches a PaymentIntent and answers it only when it
// succeeded.
func (g *Gateway) SucceededIntent(id string) (*stripe.PaymentIntent, error) {
	stripe.Key = g.Secret
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return nil, err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return nil, ErrNotPaid
	}
	return pi, nil
}
