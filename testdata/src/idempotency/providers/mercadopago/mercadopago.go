// Package mercadopago: application retries around mercadopago sdk-go,
// which sends a new random key with every write whose context carries no
// key of yours (requestoptions.WithIdempotencyKey, v1.14.0).
package mercadopago

import (
	"context"
	"errors"
	"time"

	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// --- flagged ---

func payWithRetry(ctx context.Context, pc payment.Client, req payment.Request) (*payment.Response, error) {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := pc.Create(ctx, req) // want `mercadopago payment.Create is retried by a for loop \(line 18\) without an idempotency key: mercadopago sdk-go adds a new random key to each call, so each attempt gets a different key and a retry after a lost response can charge twice; attach a key made once before retrying with ctx = requestoptions\.WithIdempotencyKey\(ctx, key\)`
		if err == nil {
			return res, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

// --- silent ---

func singleCall(ctx context.Context, cfg *config.Config, req payment.Request) (*payment.Response, error) {
	return payment.NewClient(cfg).Create(ctx, req)
}

// Replays the capture only while the payment is not yet approved.
func captureAfterReadingState(ctx context.Context, pc payment.Client, id int) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		cur, gerr := pc.Get(ctx, id)
		if gerr == nil && cur.Status == "approved" {
			return nil
		}
		if _, err = pc.Capture(ctx, id); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
