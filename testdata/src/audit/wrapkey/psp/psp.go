// Package psp is the in-house client of the payment provider.
package psp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Client struct {
	HC   *http.Client
	Base string
}

// ChargeRequest is a charge; IdempotencyKey is sent as the header.
type ChargeRequest struct {
	Amount         int64
	Currency       string
	Source         string
	IdempotencyKey string
}

func (c *Client) Charge(ctx context.Context, r ChargeRequest) (*http.Response, error) {
	body, _ := json.Marshal(map[string]any{"amount": r.Amount, "currency": r.Currency, "source": r.Source})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	if r.IdempotencyKey != "" {
		req.Header.Set("Idempotency-Key", r.IdempotencyKey)
	}
	return c.HC.Do(req)
}
