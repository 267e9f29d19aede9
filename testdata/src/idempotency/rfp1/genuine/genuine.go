// Package genuine: helpers whose repeated operation IS what the caller
// hands them stay retry helpers of the caller's call, even beside a side
// reader: an op inside the closure handed to a retry helper, and the
// request a helper rebuilds from its builder on every attempt.
package genuine

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"
)

type Gateway struct {
	base string
	hc   *http.Client
}

type chargeIn struct {
	Card  string `json:"card"`
	Cents int64  `json:"cents"`
}

// Charge posts one charge; it does not retry.
func (g *Gateway) Charge(ctx context.Context, card string, cents int64) error {
	raw, _ := json.Marshal(chargeIn{card, cents})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v1/charges", bytes.NewReader(raw))
	if err != nil {
		return err
	}
	res, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	res.Body.Close()
	return nil
}

// retryDo runs op again after its error: op is the repeated operation.
func retryDo(ctx context.Context, op func() error) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = op(); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * time.Second):
		}
	}
	return err
}

// Checkout: the charge inside the closure is what retryDo repeats.
func Checkout(ctx context.Context, g *Gateway, card string, cents int64) error {
	return retryDo(ctx, func() error {
		return g.Charge(ctx, card, cents) // want `genuine.Gateway.Charge \(POST /v1/charges\) is retried by retryDo \(line 58\) without an idempotency key`
	})
}

// post builds its request anew on every attempt and, on an error
// answer, asks seen whether the refund landed anyway: build is the
// request repeated, seen a side reader.
func (g *Gateway) post(ctx context.Context, build func() (*http.Request, error), seen func(context.Context) (bool, error)) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, err := build()
		if err != nil {
			return err
		}
		res, err := g.hc.Do(req)
		if err == nil && res.StatusCode < 300 {
			res.Body.Close()
			return nil
		}
		if err == nil {
			res.Body.Close()
			if ok, serr := seen(ctx); serr == nil && ok {
				return nil
			}
		}
		time.Sleep(2 * time.Second)
	}
	return context.DeadlineExceeded
}

// Refund: the builder handed to post is sent again on every attempt.
func Refund(ctx context.Context, g *Gateway, charge string, cents int64) error {
	return g.post(ctx, func() (*http.Request, error) { // want `POST /v1/refunds is retried by post \(line 90\) without an idempotency key`
		raw, _ := json.Marshal(map[string]any{"charge": charge, "cents": cents})
		return http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v1/refunds", bytes.NewReader(raw))
	}, func(context.Context) (bool, error) { return false, nil })
}
