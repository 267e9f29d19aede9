// Package paddle is our thin client for Paddle Billing (merchant of record):
// transactions for course purchases, adjustments for refunds, discounts.
package paddle

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Client talks to the Paddle REST API.
type Client struct {
	base   string
	apiKey string
	http   *http.Client
}

// New builds a client; base is https://api.paddle.com or the sandbox.
func New(base, apiKey string) *Client {
	return &Client{base: base, apiKey: apiKey, http: &http.Client{Timeout: 15 * time.Second}}
}

// Transaction is the subset of a Paddle transaction we use.
type Transaction struct {
	ID         string `json:"id"`
	Status     string `json:"status"` // draft, ready, billed, paid, completed, canceled, past_due
	CustomerID string `json:"customer_id"`
	Currency   string `json:"currency_code"`
	Total      string `json:"grand_total"`
}

// CreateTransactionInput is what checkout sends for a course or a bundle.
type CreateTransactionInput struct {
	CustomerID string `json:"customer_id"`
	PriceID    string `json:"price_id"`
	Amount     int64  `json:"amount"`
	Currency   string `json:"currency_code"`
	OrderRef   string `json:"-"`
}

func (c *Client) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// CreateTransaction opens a transaction the checkout overlay then collects.
func (c *Client) CreateTransaction(ctx context.Context, in CreateTransactionInput) (*Transaction, error) {
	body, _ := json.Marshal(in)
	var out struct {
		Data Transaction `json:"data"`
	}
	err := c.do(ctx, func() (*http.Request, error) { // want "\\[idempotency\\] POST /transactions is retried by do \\(line 61\\) with an idempotency key made anew on every attempt \\(uuid.NewString\\(\\), line 66\\)"
		req, err := c.newRequest(ctx, http.MethodPost, "/transactions", body)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString()) // idempotency (reported at the call of c.do, line 61): build runs on every attempt of c.do (retry.go), so each retry of POST /transactions sends a new key and can open a second transaction
		return req, nil
	}, &out)
	return &out.Data, err
}

// CreateAdjustment refunds (part of) a transaction; one refund request, one key.
func (c *Client) CreateAdjustment(ctx context.Context, requestID, txnID string, amount int64) error {
	body, _ := json.Marshal(map[string]any{
		"action":         "refund",
		"transaction_id": txnID,
		"reason":         "refund requested within 14 days",
		"items":          []map[string]any{{"type": "partial", "amount": amount}},
	})
	key := "adj-" + requestID
	return c.do(ctx, func() (*http.Request, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/adjustments", body)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", key)
		return req, nil
	}, &struct{}{})
}

// GetTransaction reads a transaction back.
func (c *Client) GetTransaction(ctx context.Context, id string) (*Transaction, error) {
	var out struct {
		Data Transaction `json:"data"`
	}
	err := c.do(ctx, func() (*http.Request, error) {
		return c.newRequest(ctx, http.MethodGet, "/transactions/"+id, nil)
	}, &out)
	return &out.Data, err
}

// Discount is the answer of a coupon preview.
type Discount struct {
	Valid    bool   `json:"valid"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency_code"`
}

// PreviewDiscount asks Paddle what a coupon takes off a price: a
// calculation, nothing is charged.
func (c *Client) PreviewDiscount(ctx context.Context, code string, amount int64, currency string) (*Discount, error) {
	body, _ := json.Marshal(map[string]any{
		"discount_code": code,
		"amount":        amount,
		"currency_code": currency,
	})
	var out struct {
		Data Discount `json:"data"`
	}
	err := c.do(ctx, func() (*http.Request, error) {
		return c.newRequest(ctx, http.MethodPost, "/pricing-preview/discounts", body)
	}, &out)
	return &out.Data, err
}
