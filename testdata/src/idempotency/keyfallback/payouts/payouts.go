// Package payouts is a merchant's client for a payouts API. Each request
// type carries the caller's idempotency key; when the caller leaves it
// empty, the client draws one itself, on every call.
package payouts

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"
)

const base = "https://api.payouts.example/v1"

// Client sends the API's requests.
type Client struct{ HTTP *http.Client }

// PayoutRequest is a payout to a seller's account.
type PayoutRequest struct {
	Account        string
	Amount         int64
	Reference      string
	IdempotencyKey string
}

// newPayoutRequest builds the request: the caller's key, or a new one.
func (c *Client) newPayoutRequest(ctx context.Context, p PayoutRequest) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{"account": p.Account, "amount": p.Amount, "reference": p.Reference})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	key := p.IdempotencyKey
	if key == "" {
		key = uuid.NewString()
	}
	req.Header.Set("Idempotency-Key", key)
	return req, nil
}

// CreatePayout sends a payout.
func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) error {
	req, err := c.newPayoutRequest(ctx, p)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Transfer moves money between two of the merchant's accounts.
type Transfer struct {
	From, To string
	Amount   int64
	Key      string
}

// CreateTransfer fills the key of its own copy when the caller gave none.
func (c *Client) CreateTransfer(ctx context.Context, t Transfer) error {
	if t.Key == "" {
		t.Key = uuid.NewString()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/transfers", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", t.Key)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// RefundRequest refunds a charge.
type RefundRequest struct {
	Charge         string
	Amount         int64
	IdempotencyKey string
}

// CreateRefund takes the caller's key or the first non-empty of a new one.
func (c *Client) CreateRefund(ctx context.Context, r RefundRequest) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+"/refunds", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", cmp.Or(r.IdempotencyKey, uuid.NewString()))
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ChargeRequest is a charge of a saved card.
type ChargeRequest struct {
	Card           string
	Amount         int64
	IdempotencyKey string
}

// Charge writes the key it draws back into the caller's request: the
// caller's next attempt sends the same one.
func (c *Client) Charge(ctx context.Context, cr *ChargeRequest) error {
	if cr.IdempotencyKey == "" {
		cr.IdempotencyKey = uuid.NewString()
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
