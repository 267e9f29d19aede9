// Package squarestate reads one Square payment's state per call: the
// provider wrapper the sweeps of the sibling packages call per row.
package squarestate

import (
	"context"
	"errors"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/payments"
)

// Checker asks Square for a payment's state.
type Checker struct {
	Payments *payments.Client
}

// State returns the state Square holds for the payment (APPROVED,
// PENDING, COMPLETED, CANCELED or FAILED).
func (c *Checker) State(ctx context.Context, paymentID string) (string, error) {
	res, err := c.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
	if err != nil {
		return "", err
	}
	if res.Payment == nil || res.Payment.Status == nil {
		return "", errors.New("squarestate: payment without a status")
	}
	return *res.Payment.Status, nil
}
