// Package walletapi is a wallet's merchant API client over net/http; its
// URLs are made by one helper method. It does not retry by itself: its
// importers decide.
package walletapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type Client struct {
	HTTP     *http.Client
	Base     string
	Merchant string
}

func (c *Client) url(path string) string {
	return fmt.Sprintf("%s/v1/merchants/%s%s", c.Base, c.Merchant, path)
}

// Charge registers a payment; it sends no key.
func (c *Client) Charge(ctx context.Context, amount int64) error {
	body, _ := json.Marshal(map[string]any{"amount": amount, "currency": "CHF"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments"), bytes.NewReader(body))
	if err != nil {
		return err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// ChargeKeyed registers a payment under the caller's key.
func (c *Client) ChargeKeyed(ctx context.Context, key string, amount int64) error {
	body, _ := json.Marshal(map[string]any{"amount": amount, "currency": "CHF"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments"), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
