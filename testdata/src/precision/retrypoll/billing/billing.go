// Package billing wraps the payment provider's HTTP API.
package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

var ErrFailed = errors.New("payment failed")

type Client struct {
	HTTP *http.Client
	Base string
}

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Charge creates a payment with the caller's idempotency key.
func (c *Client) Charge(ctx context.Context, key, orderID string, amount int64) (*Payment, error) {
	b, _ := json.Marshal(map[string]any{"order_id": orderID, "amount": amount})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return c.send(req)
}

// ChargeOrder derives the key from the order itself.
func (c *Client) ChargeOrder(ctx context.Context, orderID string, amount int64) (*Payment, error) {
	b, _ := json.Marshal(map[string]any{"order_id": orderID, "amount": amount})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", "order-"+orderID)
	return c.send(req)
}

// Get reads one payment.
func (c *Client) Get(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	return c.send(req)
}

// Notify posts a customer notification about a payment.
func (c *Client) Notify(ctx context.Context, paymentID, text string) error {
	b, _ := json.Marshal(map[string]string{"payment_id": paymentID, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/notifications", bytes.NewReader(b))
	if err != nil {
		return err
	}
	_, err = c.send(req)
	return err
}

func (c *Client) send(req *http.Request) (*Payment, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}
