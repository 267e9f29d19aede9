// Package providerkeys retries provider APIs with their own idempotency
// header or field names: PayPal-Request-Id, Cko-Idempotency-Key, Square's
// idempotency_key, Exirom's requestId.
package providerkeys

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

var errGiveUp = errors.New("giving up")

type Client struct {
	HTTP *http.Client
	Base string
}

func (c *Client) send(req *http.Request) error {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 {
		return errors.New("server error")
	}
	return nil
}

// PayPalOrder creates a PayPal order with a PayPal-Request-Id.
func (c *Client) PayPalOrder(ctx context.Context, orderID string, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v2/checkout/orders", bytes.NewReader(body))
		req.Header.Set("PayPal-Request-Id", "order-"+orderID)
		if err := c.send(req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errGiveUp
}

// Checkout posts a Checkout.com payment with Cko-Idempotency-Key.
func (c *Client) Checkout(ctx context.Context, orderID string, body []byte) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/payments", bytes.NewReader(body))
		req.Header.Set("Cko-Idempotency-Key", "order-"+orderID)
		if err := c.send(req); err == nil {
			return nil
		}
	}
	return errGiveUp
}

// Square sends idempotency_key in the body.
func (c *Client) Square(ctx context.Context, orderID string, amount int64) error {
	b, _ := json.Marshal(map[string]any{"idempotency_key": "order-" + orderID, "amount_money": map[string]any{"amount": amount, "currency": "USD"}})
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v2/payments", bytes.NewReader(b))
		if err := c.send(req); err == nil {
			return nil
		}
	}
	return errGiveUp
}

type exiromPayment struct {
	RequestID string `json:"requestId"`
	Amount    int64  `json:"amount"`
}

// Exirom sends the same requestId on every attempt.
func (c *Client) Exirom(ctx context.Context, orderID string, amount int64) error {
	in := exiromPayment{RequestID: "order-" + orderID, Amount: amount}
	for attempt := 0; attempt < 3; attempt++ {
		b, _ := json.Marshal(in)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/api/v1/payments", bytes.NewReader(b))
		if err := c.send(req); err == nil {
			return nil
		}
	}
	return errGiveUp
}
