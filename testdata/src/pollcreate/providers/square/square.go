// Package square: a new square payment created while polling the old one.
package square

import (
	"context"
	"time"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, sq *sqclient.Client, id string, nonce string) {
	for i := 0; i < 60; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && (*res.Payment.Status == "COMPLETED" || *res.Payment.Status == "FAILED") {
			return
		}
		if i == 30 {
			_, _ = sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: nonce, IdempotencyKey: "again-" + id}) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, sq *sqclient.Client, id string, nonce string) {
	_, _ = sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: nonce, IdempotencyKey: "again-" + id})
	for i := 0; i < 60; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && (*res.Payment.Status == "COMPLETED" || *res.Payment.Status == "FAILED") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// APPROVED is Square's authorized, not captured, payment: not terminal,
// so a new payment beside it can charge the buyer twice (Mercado Pago's
// "approved" would be terminal; the word does not carry over).
func nextAfterApproved(ctx context.Context, sq *sqclient.Client, id string, nonce string) {
	for i := 0; i < 60; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err != nil {
			continue
		}
		if *res.Payment.Status == "APPROVED" {
			_, _ = sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: nonce, IdempotencyKey: "next-" + id}) // want `new payment created inside the loop that polls payment id`
			return
		}
		if *res.Payment.Status == "FAILED" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
