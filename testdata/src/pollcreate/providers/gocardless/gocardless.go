// Package gocardless: a new gocardless payment created while polling the old one.
package gocardless

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, gc *gocardless.Service, id string, params gocardless.PaymentCreateParams) {
	for i := 0; i < 60; i++ {
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && (p.Status == "confirmed" || p.Status == "failed") {
			return
		}
		if i == 30 {
			_, _ = gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey("again-"+id)) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, gc *gocardless.Service, id string, params gocardless.PaymentCreateParams) {
	_, _ = gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey("again-"+id))
	for i := 0; i < 60; i++ {
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && (p.Status == "confirmed" || p.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
