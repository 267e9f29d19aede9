// Package wrapkey retries charges through the in-house psp client; the key
// travels in the request struct.
package wrapkey

import (
	"context"
	"time"

	"github.com/google/uuid"

	"audit/wrapkey/psp"
)

type Checkout struct{ psp *psp.Client }

// Pay sets the key once in the request and retries: silent.
func (c *Checkout) Pay(ctx context.Context, amount int64, source string) error {
	req := psp.ChargeRequest{Amount: amount, Currency: "USD", Source: source, IdempotencyKey: uuid.NewString()}
	var err error
	for i := 0; i < 3; i++ {
		var resp interface{ Close() error }
		r, e := c.psp.Charge(ctx, req)
		if err = e; err == nil {
			resp = r.Body
			return resp.Close()
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// PayFresh rebuilds the request, key included, on every attempt.
func (c *Checkout) PayFresh(ctx context.Context, amount int64, source string) error {
	var err error
	for i := 0; i < 3; i++ {
		req := psp.ChargeRequest{Amount: amount, Currency: "USD", Source: source, IdempotencyKey: uuid.NewString()}
		r, e := c.psp.Charge(ctx, req) // want `\[idempotency\] psp.Client.Charge \(POST /v1/charges\) .*made anew`
		if err = e; err == nil {
			return r.Body.Close()
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// PayNoKey leaves the key empty: the client sends none.
func (c *Checkout) PayNoKey(ctx context.Context, amount int64, source string) error {
	req := psp.ChargeRequest{Amount: amount, Currency: "USD", Source: source}
	var err error
	for i := 0; i < 3; i++ {
		r, e := c.psp.Charge(ctx, req) // want `\[idempotency\] psp.Client.Charge \(POST /v1/charges\) .*without an idempotency key`
		if err = e; err == nil {
			return r.Body.Close()
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}
