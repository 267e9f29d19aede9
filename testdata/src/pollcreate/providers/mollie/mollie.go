// Package mollie: a new mollie payment created while polling the old one.
package mollie

import (
	"context"
	"time"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, s *client.Client, id string, r *components.PaymentRequest) {
	for i := 0; i < 60; i++ {
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && (res.PaymentResponse.Status == components.PaymentResponseStatusPaid || res.PaymentResponse.Status == "failed") {
			return
		}
		if i == 30 {
			_, _ = s.Payments.Create(ctx, nil, nil, r) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, s *client.Client, id string, r *components.PaymentRequest) {
	_, _ = s.Payments.Create(ctx, nil, nil, r)
	for i := 0; i < 60; i++ {
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && (res.PaymentResponse.Status == components.PaymentResponseStatusPaid || res.PaymentResponse.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
