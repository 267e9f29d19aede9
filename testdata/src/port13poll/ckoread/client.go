// Package ckoread reads Checkout.com payments.
package ckoread

import (
	"context"
	"encoding/json"
	"net/http"

	"port13poll/recon"
)

// Client reads payments.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// Fetch reads the payment's details.
func (c *Client) Fetch(ctx context.Context, ref string) (*recon.Charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.checkout.com/payments/"+ref, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &recon.Charge{Ref: out.ID, Status: out.Status}, nil
}
