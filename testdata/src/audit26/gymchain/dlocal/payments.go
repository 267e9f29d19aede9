package dlocal

import (
	"context"
	"encoding/json"
)

type Payer struct {
	Name     string `json:"name"`
	Email    string `json:"email"`
	Document string `json:"document"`
}

type PaymentRequest struct {
	Amount            float64 `json:"amount"`
	Currency          string  `json:"currency"`
	Country           string  `json:"country"`
	PaymentMethodID   string  `json:"payment_method_id"`
	PaymentMethodFlow string  `json:"payment_method_flow"`
	Payer             Payer   `json:"payer"`
	OrderID           string  `json:"order_id"`
	NotificationURL   string  `json:"notification_url"`
	CallbackURL       string  `json:"callback_url,omitempty"`
	Card              *Card   `json:"card,omitempty"`
}

type Card struct {
	CardID string `json:"card_id"`
}

type Payment struct {
	ID          string  `json:"id"`
	Amount      float64 `json:"amount"`
	Currency    string  `json:"currency"`
	OrderID     string  `json:"order_id"`
	Status      string  `json:"status"` // PENDING, PAID, REJECTED, CANCELLED, EXPIRED
	RedirectURL string  `json:"redirect_url"`
}

// CreatePayment posts a payin, keyed by key (X-Idempotency-Key).
func (c *Client) CreatePayment(ctx context.Context, p PaymentRequest, key string) (*Payment, error) {
	req, err := c.request(ctx, p)
	if err != nil {
		return nil, err
	}
	req.SetHeader("X-Idempotency-Key", key)
	resp, err := req.Post("/payments")
	if err := check(resp, err); err != nil {
		return nil, err
	}
	var out Payment
	return &out, json.Unmarshal(resp.Body(), &out)
}

func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	req, err := c.request(ctx, nil)
	if err != nil {
		return nil, err
	}
	resp, err := req.Get("/payments/" + id + "/status")
	if err := check(resp, err); err != nil {
		return nil, err
	}
	var out Payment
	return &out, json.Unmarshal(resp.Body(), &out)
}

type RefundRequest struct {
	PaymentID       string  `json:"payment_id"`
	Amount          float64 `json:"amount"`
	Currency        string  `json:"currency"`
	NotificationURL string  `json:"notification_url"`
}

type Refund struct {
	ID        string  `json:"id"`
	PaymentID string  `json:"payment_id"`
	Status    string  `json:"status"` // PENDING, SUCCESS, REJECTED
	Amount    float64 `json:"amount"`
}

func (c *Client) Refund(ctx context.Context, r RefundRequest, key string) (*Refund, error) {
	req, err := c.request(ctx, r)
	if err != nil {
		return nil, err
	}
	resp, err := req.SetHeader("X-Idempotency-Key", key).Post("/refunds")
	if err := check(resp, err); err != nil {
		return nil, err
	}
	var out Refund
	return &out, json.Unmarshal(resp.Body(), &out)
}

func (c *Client) GetRefund(ctx context.Context, id string) (*Refund, error) {
	req, err := c.request(ctx, nil)
	if err != nil {
		return nil, err
	}
	resp, err := req.Get("/refunds/" + id)
	if err := check(resp, err); err != nil {
		return nil, err
	}
	var out Refund
	return &out, json.Unmarshal(resp.Body(), &out)
}

type Report struct {
	ID     string `json:"id"`
	Status string `json:"status"` // GENERATING, READY
	URL    string `json:"url"`
}

// GetSettlementReport reads a settlement report export.
func (c *Client) GetSettlementReport(ctx context.Context, id string) (*Report, error) {
	req, err := c.request(ctx, nil)
	if err != nil {
		return nil, err
	}
	resp, err := req.Get("/reports/settlements/" + id)
	if err := check(resp, err); err != nil {
		return nil, err
	}
	var out Report
	return &out, json.Unmarshal(resp.Body(), &out)
}
