// Package hiltapi is a hand-rolled REST client of a payment provider, used
// by the poll rules' tests from other packages: Fetch reads
// GET /v1/payments/{id} with net/http; Client.GetPayment wraps Fetch (a
// wrapper of a wrapper, known to callers through facts).
package hiltapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Payment is the provider's payment resource.
type Payment struct {
	ID     string `json:"payment_id"`
	Status string `json:"status"`
}

// Payment states.
const (
	Pending   = "PENDING_CONFIRMATION"
	Confirmed = "CONFIRMED"
	Failed    = "FAILED"
)

// Fetch reads a payment's current state.
func Fetch(ctx context.Context, hc *http.Client, base, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/payments/%s", base, id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Client talks to the provider.
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

// GetPayment reads a payment's current state.
func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	return Fetch(ctx, c.HTTP, c.BaseURL, id)
}
