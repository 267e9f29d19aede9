// Package psp is a merchant's client for a REST payment provider; the
// idempotency key travels in a field of the request struct the caller
// fills.
package psp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

const base = "https://api.tally.example/v1"

// ChargeRequest is one charge; IdempotencyKey is the caller's key.
type ChargeRequest struct {
	Customer       string
	Amount         int64
	IdempotencyKey string
}

// Client sends the provider's requests.
type Client struct{ HTTP *http.Client }

// Charge creates a charge with the key of the request it is given.
func (c *Client) Charge(ctx context.Context, cr *ChargeRequest) error {
	b, _ := json.Marshal(cr)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", cr.IdempotencyKey)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Refund is a refund; Key is the caller's key, passed by value.
type Refund struct {
	Charge string
	Key    string
}

// CreateRefund refunds with the key of the value it is given.
func (c *Client) CreateRefund(ctx context.Context, rf Refund) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/refunds", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", rf.Key)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// TracedRequest carries a request id for tracing beside the key.
type TracedRequest struct {
	RequestID      string
	Customer       string
	IdempotencyKey string
}

// ChargeTraced sends the key of the request; the request id is only a
// trace header.
func (c *Client) ChargeTraced(ctx context.Context, tr *TracedRequest) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Trace-Id", tr.RequestID)
	req.Header.Set("Idempotency-Key", tr.IdempotencyKey)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ChargeDefaulted derives a key from the customer when the caller gave
// none.
func (c *Client) ChargeDefaulted(ctx context.Context, cr *ChargeRequest) error {
	if cr.IdempotencyKey == "" {
		cr.IdempotencyKey = "charge-" + cr.Customer
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/charges", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", cr.IdempotencyKey)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
