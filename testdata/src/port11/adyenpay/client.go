// Package adyenpay sends payouts through an Adyen-style REST API and
// derives the key from the payout's reference: the same on every call.
package adyenpay

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"port11/payouts"
)

// Client talks to the API.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// Send creates the transfer.
func (c *Client) Send(ctx context.Context, p payouts.Payout) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": p.AmountMinor, "currency": p.Currency, "reference": p.Reference})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://balanceplatform-api-test.adyen.com/btl/v4/transfers", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", "payout-"+p.Seller+"-"+p.Reference)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Header.Get("X-Transfer-Id"), nil
}
