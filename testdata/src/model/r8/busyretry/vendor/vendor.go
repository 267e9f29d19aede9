// Package vendor is an in-house client of another package whose code
// the busy-retry check cannot see through: its calls may wait.
package vendor

import (
	"context"
	"net/http"
)

// Client holds a connection: building one is not a plain value.
type Client struct {
	hc  *http.Client
	key string
}

func NewClient(key string) *Client { return &Client{hc: http.DefaultClient, key: key} }

// Throttle is a rate limiter.
type Throttle struct{ tokens chan struct{} }

// Wait blocks until a token is free.
func (t *Throttle) Wait(ctx context.Context) error {
	select {
	case <-t.tokens:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Record reports an attempt to the audit service.
func Record(ctx context.Context, what string) error { return nil }

// Cents is a plain amount.
type Cents struct{ Value int64 }

// Amount builds a plain amount.
func Amount(v int64) Cents { return Cents{Value: v} }
