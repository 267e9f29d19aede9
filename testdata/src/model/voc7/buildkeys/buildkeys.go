// Package buildkeys: a sender that retries by calling the request
// builder it is handed on every attempt. A key made by the caller
// outside the builder is the same on every attempt, and a sender that
// calls its builder once retries nothing: both stay silent. (A key made
// inside the builder of the retrying sender is made anew per attempt;
// reporting it needs the retry model to take the sender's call as the
// retry of its builder, which it does not yet.)
package buildkeys

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Billing struct {
	api string
	hc  *http.Client
}

func (b *Billing) request(ctx context.Context, method, path string, v any) (*http.Request, error) {
	raw, _ := json.Marshal(v)
	return http.NewRequestWithContext(ctx, method, b.api+path, bytes.NewReader(raw))
}

// send retries transport errors and 5xx, rebuilding the request each time.
func (b *Billing) send(ctx context.Context, mk func(context.Context) (*http.Request, error)) (*http.Response, error) {
	var last error
	for i := 0; i < 4; i++ {
		r, err := mk(ctx)
		if err != nil {
			return nil, err
		}
		res, err := b.hc.Do(r)
		if err == nil && res.StatusCode < 500 {
			return res, nil
		}
		last = err
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return nil, last
}

// sendOnce sends what its builder makes, once.
func (b *Billing) sendOnce(ctx context.Context, mk func(context.Context) (*http.Request, error)) (*http.Response, error) {
	r, err := mk(ctx)
	if err != nil {
		return nil, err
	}
	return b.hc.Do(r)
}

type openTxn struct {
	CustomerID string `json:"customer_id"`
	Amount     int64  `json:"amount"`
	Currency   string `json:"currency"`
}

func (b *Billing) OpenOnce(ctx context.Context, orderID, customer string, cents int64) (*http.Response, error) {
	key := "open-" + orderID
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) {
		r, err := b.request(ctx, http.MethodPost, "/v3/transactions", openTxn{CustomerID: customer, Amount: cents, Currency: "EUR"})
		if err != nil {
			return nil, err
		}
		r.Header.Set("Idempotency-Key", key)
		return r, nil
	})
}

func (b *Billing) OpenSingle(ctx context.Context, customer string, cents int64) (*http.Response, error) {
	return b.sendOnce(ctx, func(ctx context.Context) (*http.Request, error) {
		r, err := b.request(ctx, http.MethodPost, "/v3/transactions", openTxn{CustomerID: customer, Amount: cents, Currency: "EUR"})
		if err != nil {
			return nil, err
		}
		r.Header.Set("Idempotency-Key", uuid.New().String())
		return r, nil
	})
}
