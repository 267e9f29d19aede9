// Package gocardless: poll loops over a gocardless payment's status read.
package gocardless

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, gc *gocardless.Service, id string) {
	for { // want `loop polling payment id has no bound`
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && (p.Status == "confirmed" || p.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, gc *gocardless.Service, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && p.Status == "confirmed" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, gc *gocardless.Service, id string) {
	for i := 0; i < 60; i++ {
		p, err := gc.Payments.Get(ctx, id)
		if err == nil && (p.Status == "confirmed" || p.Status == "failed") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
