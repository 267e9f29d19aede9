// Package adyenpsp captures payments through an Adyen-style REST API.
package adyenpsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Client talks to the API.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// Capture captures an authorised payment.
func (c *Client) Capture(ctx context.Context, pspRef string, amountMinor int64) error {
	body, _ := json.Marshal(map[string]any{"amount": map[string]any{"value": amountMinor, "currency": "EUR"}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://checkout-test.adyen.com/v71/payments/"+pspRef+"/captures", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "capture-"+pspRef)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("capture %s: %s", pspRef, resp.Status)
	}
	return nil
}
