// Package mercadopago: a new mercadopago payment created while polling the old one.
package mercadopago

import (
	"context"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, pc payment.Client, id int, req payment.Request) {
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err == nil && (p.Status == "approved" || p.Status == "rejected") {
			return
		}
		if i == 30 {
			_, _ = pc.Create(ctx, req) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, pc payment.Client, id int, req payment.Request) {
	_, _ = pc.Create(ctx, req)
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err == nil && (p.Status == "approved" || p.Status == "rejected") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the next payment (the shipping fee) is created once the first
// is approved, Mercado Pago's terminal success (the global stems lack
// "approv").
func nextAfterApproved(ctx context.Context, pc payment.Client, id int, req payment.Request) {
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err != nil {
			continue
		}
		if p.Status == "approved" {
			_, _ = pc.Create(ctx, req)
			return
		}
		if p.Status == "rejected" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// The same word on a value that is not the payment's (a review of the
// order): the payment may still be pending when another is created.
func nextAfterReview(ctx context.Context, pc payment.Client, id int, req payment.Request, review func(int) string) {
	for i := 0; i < 60; i++ {
		p, err := pc.Get(ctx, id)
		if err != nil {
			continue
		}
		if review(id) == "approved" {
			_, _ = pc.Create(ctx, req) // want `new payment created inside the loop that polls payment id`
			return
		}
		if p.Status == "rejected" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
