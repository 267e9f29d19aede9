// Package checkoutpay sends payouts through a Checkout.com-style REST
// API and makes its own idempotency key on every call.
package checkoutpay

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"

	"port11/payouts"
)

// Client talks to the API.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// Send creates the payout.
func (c *Client) Send(ctx context.Context, p payouts.Payout) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": p.AmountMinor, "currency": p.Currency, "reference": p.Reference})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.checkout.com/payments", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Cko-Idempotency-Key", uuid.NewString())
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Header.Get("Location"), nil
}
