// Package billing is a merchant's client for a REST payment provider.
package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

const base = "https://api.tally.example/v1"

type Order struct {
	ID     string
	Amount int64
}

var client = &http.Client{}

// Charge creates a charge with no idempotency key.
func Charge(ctx context.Context, o Order) error {
	b, _ := json.Marshal(o)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ChargeWithKey creates a charge with the caller's idempotency key.
func ChargeWithKey(ctx context.Context, o Order, key string) error {
	b, _ := json.Marshal(o)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ChargeFresh makes a new key on every call.
func ChargeFresh(ctx context.Context, o Order) error {
	b, _ := json.Marshal(o)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", uuid.NewString())
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refund sends through a client that retries on its own, with no key.
func Refund(ctx context.Context, o Order) error {
	b, _ := json.Marshal(o)
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, base+"/refunds", b)
	if err != nil {
		return err
	}
	resp, err := retryablehttp.NewClient().Do(req) // want `POST /v1/refunds is retried by the .* without an idempotency key`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// pending is the order the nightly job settles.
var pending = Order{ID: "ord_nightly"}

// ChargePending charges the pending order with no key; it fits
// backoff.Operation, so callers hand it to a retry library as a value.
func ChargePending() error { return Charge(context.Background(), pending) }

// ChargePendingFresh makes a new key on every call.
func ChargePendingFresh() error { return ChargeFresh(context.Background(), pending) }

// ChargePendingKeyed derives its key from the order: stable across calls.
func ChargePendingKeyed() error {
	return ChargeWithKey(context.Background(), pending, "charge-"+pending.ID)
}

// LookupPending reads the pending order's charge.
func LookupPending() error {
	resp, err := client.Get(base + "/charges/" + pending.ID)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
