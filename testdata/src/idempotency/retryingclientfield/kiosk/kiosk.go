// Package kiosk retries the wallet client of another package, whose
// payment POST is known by its URL helper (walletapi.Client.url).
package kiosk

import (
	"context"
	"time"

	"idempotency/retryingclientfield/walletapi"
)

// Pay retries the keyless charge: reported at the call.
func Pay(ctx context.Context, w *walletapi.Client, amount int64) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = w.Charge(ctx, amount); err == nil { // want `walletapi.Client.Charge \(POST /v1/merchants/\{\}/payments\) is retried .*without an idempotency key`
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}

// PayOrder retries with the order's key, the same on every attempt:
// silent.
func PayOrder(ctx context.Context, w *walletapi.Client, orderID string, amount int64) error {
	key := "order-" + orderID
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = w.ChargeKeyed(ctx, key, amount); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return err
}
