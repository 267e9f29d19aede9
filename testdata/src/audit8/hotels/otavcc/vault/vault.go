// Package vault is the REST client of our PCI card vault, which stores the
// virtual cards OTAs send with their bookings and charges them.
package vault

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Charge is a charge of a stored card.
type Charge struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, succeeded, failed
	Amount int64  `json:"amount"`
}

// Client is safe for concurrent use.
type Client struct {
	base string
	http *http.Client
}

// NewClient is wired in main.
func NewClient(base string, hc *http.Client) *Client { return &Client{base: base, http: hc} }

// CreateCharge charges a virtual card. The vault answers 202 with a pending charge.
func (c *Client) CreateCharge(ctx context.Context, cardToken, bookingRef, key string, minor int64, currency string) (*Charge, error) {
	b, _ := json.Marshal(map[string]any{"card_token": cardToken, "amount": minor, "currency": currency, "reference": bookingRef})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return c.do(req)
}

// GetCharge reads a charge's status.
func (c *Client) GetCharge(ctx context.Context, id string) (*Charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/charges/"+id, nil)
	if err != nil {
		return nil, err
	}
	return c.do(req)
}

func (c *Client) do(req *http.Request) (*Charge, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("vault %s %s: %s", req.Method, req.URL.Path, resp.Status)
	}
	var ch Charge
	return &ch, json.NewDecoder(resp.Body).Decode(&ch)
}
