// Package square: polls of a Square payment's status.
package square

import (
	"context"
	"time"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

func fastPoll(ctx context.Context, sq *sqclient.Client, id string) {
	for i := 0; i < 100; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && res.Payment != nil && *res.Payment.Status == "COMPLETED" {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, sq *sqclient.Client, id string) {
	for i := 0; i < 100; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err == nil && res.Payment != nil && *res.Payment.Status == "COMPLETED" {
			return
		}
		time.Sleep(2 * time.Second)
	}
}
