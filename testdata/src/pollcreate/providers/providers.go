// Package providers: new payments created while polling, through the
// provider SDKs other than stripe-go; refunds of a stuck payment are not
// new payments.
package providers

import (
	"context"
	"errors"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

// A new GoCardless payment when the old one takes too long.
func recreateOnTimeout(ctx context.Context, gc *gocardless.Service, id string, p gocardless.PaymentCreateParams) (*gocardless.Payment, error) {
	timeout := time.After(5 * time.Minute)
	tick := time.NewTicker(3 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-timeout:
			return gc.Payments.Create(ctx, p, gocardless.WithIdempotencyKey("retry-"+id)) // want `new payment created inside the loop that polls payment id \(line 21\)`
		case <-tick.C:
		}
		pay, err := gc.Payments.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if pay.Status == "confirmed" {
			return pay, nil
		}
	}
}

// Silent: a stuck Square payment is refunded, not paid again.
func refundWhenStuck(ctx context.Context, sq *sqclient.Client, id, key string) error {
	for i := 0; i < 10; i++ {
		res, err := sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err != nil {
			return err
		}
		if *res.Payment.Status == "COMPLETED" {
			return nil
		}
		if i == 9 {
			_, err := sq.Refunds.RefundPayment(ctx, &square.RefundPaymentRequest{IdempotencyKey: key, PaymentID: square.String(id)})
			return err
		}
		time.Sleep(5 * time.Second)
	}
	return errors.New("gave up")
}
