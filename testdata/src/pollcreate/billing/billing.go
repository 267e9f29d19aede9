// Package billing is a hand-rolled client of a REST payment provider:
// CreatePayment POSTs /v1/payments, PaymentStatus GETs /v1/payments/{id}.
package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Payment states.
const (
	Confirmed = "CONFIRMED"
	Failed    = "FAILED"
	Expired   = "EXPIRED"
	Pending   = "PENDING_CONFIRMATION"
)

type Payment struct {
	ID     string `json:"payment_id"`
	Status string `json:"status"`
}

type Client struct {
	Base string
	HTTP *http.Client
}

func (c *Client) CreatePayment(ctx context.Context, orderID string, amount int64, key string) (*Payment, error) {
	body, _ := json.Marshal(map[string]any{"order_id": orderID, "amount": amount})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

func (c *Client) PaymentStatus(ctx context.Context, id string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/payments/%s", c.Base, id), nil)
	if err != nil {
		return "", err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var p Payment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return "", err
	}
	return p.Status, nil
}
