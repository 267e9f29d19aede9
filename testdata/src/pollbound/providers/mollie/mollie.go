// Package mollie: poll loops over a mollie payment's status read.
package mollie

import (
	"context"
	"time"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, s *client.Client, id string) {
	for { // want `loop polling payment id has no bound`
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && (res.PaymentResponse.Status == components.PaymentResponseStatusPaid || res.PaymentResponse.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, s *client.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && res.PaymentResponse.Status == components.PaymentResponseStatusPaid {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, s *client.Client, id string) {
	for i := 0; i < 60; i++ {
		res, err := s.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
		if err == nil && (res.PaymentResponse.Status == components.PaymentResponseStatusPaid || res.PaymentResponse.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
