// Package gocardless: polls of a GoCardless payment's status.
package gocardless

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

func fastPoll(ctx context.Context, gc *gocardless.Service, id string) {
	for i := 0; i < 100; i++ {
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && p.Status == "confirmed" {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

// Silent: every 5 seconds.
func calmPoll(ctx context.Context, gc *gocardless.Service, id string) {
	for i := 0; i < 100; i++ {
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && p.Status == "confirmed" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
