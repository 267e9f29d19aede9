// Package square: poll loops over a square payment's status read.
package square

import (
	"context"
	"time"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, sq *sqclient.Client, id string) {
	for { // want `loop polling payment id has no bound`
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && (*res.Payment.Status == "COMPLETED" || *res.Payment.Status == "FAILED") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, sq *sqclient.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && *res.Payment.Status == "COMPLETED" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, sq *sqclient.Client, id string) {
	for i := 0; i < 60; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && (*res.Payment.Status == "COMPLETED" || *res.Payment.Status == "FAILED") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: APPROVED is Square's authorized-not-captured payment, not a
// success (Mercado Pago's "approved" is one; another provider's word
// does not carry over).
func onlyApproved(ctx context.Context, sq *sqclient.Client, id string) {
	for i := 0; i < 60; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && *res.Payment.Status == "APPROVED" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
