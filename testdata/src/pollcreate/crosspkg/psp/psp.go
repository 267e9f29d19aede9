// Package psp is a hand-rolled client of a REST payment provider.
package psp

import (
	"bytes"
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

// Client talks to the provider.
type Client struct {
	Base string
	HTTP *http.Client
}

// CreatePayment POSTs /v1/payments.
func (c *Client) CreatePayment(ctx context.Context, amount int64, key string) (*Payment, error) {
	body, _ := json.Marshal(map[string]any{"amount": amount})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return c.send(req)
}

// GetPayment GETs /v1/payments/{id}.
func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/payments/%s", c.Base, id), nil)
	if err != nil {
		return nil, err
	}
	return c.send(req)
}

func (c *Client) send(req *http.Request) (*Payment, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}
