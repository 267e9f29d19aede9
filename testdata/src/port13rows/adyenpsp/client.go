// Package adyenpsp collects renewals through an Adyen-style REST API and
// sends the caller's key.
package adyenpsp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"port13rows/renewals"
)

// Client talks to the API.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// Collect creates the payment under key.
func (c *Client) Collect(ctx context.Context, s renewals.Sub, key string) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": s.AmountMinor, "reference": s.ID, "shopperReference": s.Customer})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://checkout-test.adyen.com/v71/payments", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Header.Get("X-Psp-Reference"), nil
}
