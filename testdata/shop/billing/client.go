// Package billing is the shop's client for its REST payment provider
// (https://api.provider.example/v1/...): payments, captures, refunds and
// settlements.
package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Payment states reported by the provider.
const (
	StatusPendingSignature    = "PENDING_SIGNATURE"
	StatusPendingConfirmation = "PENDING_CONFIRMATION"
	StatusConfirmed           = "CONFIRMED"
	StatusFailed              = "FAILED"
)

// PaymentRequest is the body of POST /v1/payments.
type PaymentRequest struct {
	OrderID     string `json:"order_id"`
	AmountCents int64  `json:"amount"`
	Currency    string `json:"currency"`
}

// Payment is the provider's payment resource.
type Payment struct {
	ID      string `json:"payment_id"`
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

// APIError is the provider's error shape.
type APIError struct {
	StatusCode int
	Detail     string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("provider: %d %s", e.StatusCode, e.Detail) }

// Temporary reports whether the request may be retried.
func (e *APIError) Temporary() bool {
	return e.StatusCode == http.StatusTooManyRequests || e.StatusCode >= 500
}

// Client talks to the provider.
type Client struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

// New returns a client with sane timeouts.
func New(baseURL, apiKey string) *Client {
	return &Client{BaseURL: baseURL, APIKey: apiKey, HTTP: &http.Client{Timeout: 10 * time.Second}}
}

func (c *Client) do(req *http.Request, out any) error {
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		apiErr := &APIError{StatusCode: resp.StatusCode}
		_ = json.Unmarshal(body, apiErr)
		return apiErr
	}
	if out != nil {
		return json.Unmarshal(body, out)
	}
	return nil
}

// CreatePayment creates a payment. The idempotency key is the caller's:
// pass the same key for every attempt of one order.
func (c *Client) CreatePayment(ctx context.Context, pr PaymentRequest, idempotencyKey string) (*Payment, error) {
	body, err := json.Marshal(pr)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", idempotencyKey)
	var p Payment
	if err := c.do(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// GetPayment reads the current state of a payment.
func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	var p Payment
	if err := c.do(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}
