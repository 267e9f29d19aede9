// Package orders wraps inventory (one package away from the fulfilment)
// and offers a status check that returns an error.
package orders

import (
	"errors"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"

	"redirectfulfill/wrapper/inventory"
)

// Complete completes an order: it fulfils, without checking payment.
func Complete(orderID string) error {
	return inventory.Release(orderID)
}

// RequirePaid returns an error unless the checkout session is paid.
func RequirePaid(sessionID string) (string, error) {
	s, err := session.Get(sessionID, nil)
	if err != nil {
		return "", err
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return "", errors.New("checkout session not paid")
	}
	return s.ClientReferenceID, nil
}
