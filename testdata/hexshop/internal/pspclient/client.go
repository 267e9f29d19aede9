// Package pspclient talks to the payment provider's REST API.
package pspclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/hexshop/internal/payout"
)

// Client calls the provider with a secret key.
type Client struct {
	hc   *http.Client
	base string
	key  string
}

// New returns a Client.
func New(base, key string) *Client {
	return &Client{hc: &http.Client{}, base: base, key: key}
}

// Send creates a payout; the caller's CorrelationID is its idempotency key.
func (c *Client) Send(ctx context.Context, t payout.Transfer) (string, error) {
	body, err := json.Marshal(map[string]any{"destination": t.Seller, "amount": t.AmountMinor, "currency": t.Currency})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	req.Header.Set("Content-Type", "application/json")
	if t.CorrelationID != "" {
		req.Header.Set("Idempotency-Key", t.CorrelationID)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("payout: %s", resp.Status)
	}
	var out struct {
		ID string `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

// Payment is a payment as the provider reports it.
type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Payment reads one payment.
func (c *Client) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("payment %s: %s", id, resp.Status)
	}
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}
