// Package bankapi is a bank's REST payouts API; it sends the caller's
// idempotency key.
package bankapi

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// PayoutRequest is the body of POST /v2/payouts.
type PayoutRequest struct {
	AmountMinor int64  `json:"amount"`
	Currency    string `json:"currency"`
	IBAN        string `json:"iban"`
	Reference   string `json:"reference"`
}

// Client talks to the API.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// CreatePayout sends the payout under key.
func (c *Client) CreatePayout(ctx context.Context, pr PayoutRequest, key string) (string, error) {
	body, _ := json.Marshal(pr)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.bank.example/v2/payouts", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}
