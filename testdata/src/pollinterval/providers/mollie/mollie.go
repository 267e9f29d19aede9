// Package mollie: polls of a Mollie payment's status.
package mollie

import (
	"context"
	"time"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

func fastPoll(ctx context.Context, s *client.Client, id string) {
	for i := 0; i < 100; i++ {
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && res.PaymentResponse.Status == components.PaymentResponseStatusPaid {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, s *client.Client, id string) {
	for i := 0; i < 100; i++ {
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && res.PaymentResponse.Status == components.PaymentResponseStatusPaid {
			return
		}
		time.Sleep(10 * time.Second)
	}
}
