// Package psp is the marketplace's client for its payment provider's REST
// API (https://api.psp.example/v1/charges).
package psp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Charge states.
const (
	StatusPending   = "pending"
	StatusSucceeded = "succeeded"
	StatusFailed    = "failed"
)

// Charge is the provider's charge resource.
type Charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Client talks to the provider.
type Client struct {
	base string
	key  string
	http *http.Client
}

// NewClient returns a client with a timeout; it does not retry.
func NewClient(base, key string) *Client {
	return &Client{base: base, key: key, http: &http.Client{Timeout: 10 * time.Second}}
}

// CreateCharge charges a customer; idemKey, when not empty, is sent as the
// Idempotency-Key.
func (c *Client) CreateCharge(ctx context.Context, customer string, amount int64, idemKey string) (*Charge, error) {
	body, err := json.Marshal(map[string]any{"customer": customer, "amount": amount})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	if idemKey != "" {
		req.Header.Set("Idempotency-Key", idemKey)
	}
	return c.send(req)
}

// Charge charges a customer without an idempotency key.
func (c *Client) Charge(ctx context.Context, customer string, amount int64) (*Charge, error) {
	body, err := json.Marshal(map[string]any{"customer": customer, "amount": amount})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	return c.send(req)
}

// GetCharge reads a charge's current state.
func (c *Client) GetCharge(ctx context.Context, id string) (*Charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/charges/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	return c.send(req)
}

func (c *Client) send(req *http.Request) (*Charge, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("psp: %s %s: %d", req.Method, req.URL.Path, resp.StatusCode)
	}
	var ch Charge
	if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil {
		return nil, err
	}
	return &ch, nil
}

// ChargeRequest is a charge with the caller's idempotency key.
type ChargeRequest struct {
	Customer       string `json:"customer"`
	Amount         int64  `json:"amount"`
	IdempotencyKey string `json:"-"`
}

// Submit sends a charge request with the key the caller put in it.
func (c *Client) Submit(ctx context.Context, cr *ChargeRequest) (*Charge, error) {
	body, err := json.Marshal(cr)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	req.Header.Set("Idempotency-Key", cr.IdempotencyKey)
	return c.send(req)
}
