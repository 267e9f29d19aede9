// Package molliego: application retries around the community Mollie SDK
// (VictorAvelar/mollie-api-go), which takes no key per call: with
// idempotency enabled in its Config it sends a new key with every POST,
// otherwise none.
package molliego

import (
	"context"
	"errors"
	"time"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/VictorAvelar/mollie-api-go/v4/pkg/idempotency"
)

// --- flagged ---

// Idempotency enabled: a new key on each attempt.
func payWithIdempotency(ctx context.Context, p mollie.CreatePayment) error {
	client, err := mollie.NewClient(nil, mollie.NewAPIConfig(true))
	if err != nil {
		return err
	}
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err = client.Payments.Create(ctx, p, nil); err == nil { // want `mollie-go Payments.Create is retried by a for loop \(line 24\) without an idempotency key: VictorAvelar/mollie-api-go adds a new random key to each call, so each attempt gets a different key`
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Enabled by a toggle of a config made without it.
func payToggled(ctx context.Context, p mollie.CreatePayment) error {
	conf := mollie.NewConfig(false, "MOLLIE_API_TOKEN")
	conf.ToggleIdempotency()
	client, _ := mollie.NewClient(nil, conf)
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err = client.Payments.Create(ctx, p, nil); err == nil { // want `adds a new random key to each call`
			return nil
		}
	}
	return err
}

// Idempotency off (the default): no key at all.
func payWithoutIdempotency(ctx context.Context, client *mollie.Client, p mollie.CreatePayment) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err = client.Payments.Create(ctx, p, nil); err == nil { // want `mollie-go Payments.Create is retried by a for loop \(line 50\) without an idempotency key: VictorAvelar/mollie-api-go sends none, so a retry after a lost response can charge twice; before replaying, read the payment's current state`
			return nil
		}
	}
	return err
}

// --- silent ---

// A single call.
func payOnce(ctx context.Context, p mollie.CreatePayment) error {
	client, err := mollie.NewClient(nil, mollie.NewAPIConfig(true))
	if err != nil {
		return err
	}
	_, _, err = client.Payments.Create(ctx, p, nil)
	return err
}

// A client with a fixed key of its own, for this payment alone.
func payWithFixedKey(ctx context.Context, orderID string, p mollie.CreatePayment) error {
	client, err := mollie.NewClient(nil, mollie.NewAPIConfig(true))
	if err != nil {
		return err
	}
	client.SetIdempotencyKeyGenerator(idempotency.NewNopGenerator("pay-" + orderID))
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err = client.Payments.Create(ctx, p, nil); err == nil {
			return nil
		}
	}
	return err
}

// The payment's state is read before each replay.
func refundAfterReadingState(ctx context.Context, client *mollie.Client, id string, r mollie.CreatePaymentRefund) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, pay, gerr := client.Payments.Get(ctx, id, nil)
		if gerr == nil && pay.Status == "refunded" {
			return nil
		}
		if _, _, err = client.Refunds.CreatePaymentRefund(ctx, id, r, nil); err == nil {
			return nil
		}
	}
	if err == nil {
		err = errors.New("gave up")
	}
	return err
}
