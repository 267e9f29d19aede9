// Package mollieshop is the Mollie integration of a Dutch web shop.
package mollieshop

import (
	"context"
	"fmt"
	"time"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

// Orders is the shop's order repository.
type Orders interface {
	SetPaymentState(ctx context.Context, orderID, state string) error
}

// Checkout confirms iDEAL payments for the order page.
type Checkout struct {
	client *mollie.Client
	orders Orders
}

// NewCheckout wires the service.
func NewCheckout(c *mollie.Client, o Orders) *Checkout { return &Checkout{client: c, orders: o} }

func (s *Checkout) status(ctx context.Context, paymentID string) (components.PaymentResponseStatus, error) {
	res, err := s.client.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: paymentID})
	if err != nil {
		return "", err
	}
	return res.PaymentResponse.Status, nil
}

// AwaitPayment polls quickly at first and slows down while the bank confirms.
func (s *Checkout) AwaitPayment(ctx context.Context, orderID, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	wait := 500 * time.Millisecond
	for {
		st, err := s.status(ctx, paymentID)
		if err != nil {
			return err
		}
		switch st {
		case components.PaymentResponseStatusPaid, components.PaymentResponseStatusFailed,
			components.PaymentResponseStatusCanceled, components.PaymentResponseStatusExpired:
			return s.orders.SetPaymentState(ctx, orderID, string(st))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("payment %s still %s: %w", paymentID, st, ctx.Err())
		case <-time.After(wait):
		}
		if wait < 10*time.Second {
			wait *= 2
		}
	}
}
