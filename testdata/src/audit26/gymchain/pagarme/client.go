// Package pagarme is a small client for the Pagar.me v5 core API.
package pagarme

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

const defaultBaseURL = "https://api.pagar.me/core/v5"

type Client struct {
	hc      *http.Client
	baseURL string
	key     string
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }
func WithBaseURL(u string) Option           { return func(c *Client) { c.baseURL = u } }

func New(secretKey string, opts ...Option) *Client {
	c := &Client{hc: &http.Client{Timeout: 20 * time.Second}, baseURL: defaultBaseURL, key: secretKey}
	for _, o := range opts {
		o(c)
	}
	return c
}

type Customer struct {
	Name     string `json:"name"`
	Email    string `json:"email,omitempty"`
	Document string `json:"document"`
	Type     string `json:"type"`
}

type Item struct {
	Amount      int64  `json:"amount"`
	Description string `json:"description"`
	Quantity    int    `json:"quantity"`
	Code        string `json:"code"`
}

type PaymentSpec struct {
	PaymentMethod string         `json:"payment_method"`
	Pix           *PixSpec       `json:"pix,omitempty"`
	CreditCard    *CreditCard    `json:"credit_card,omitempty"`
	Metadata      map[string]any `json:"metadata,omitempty"`
}

type PixSpec struct {
	ExpiresIn int `json:"expires_in"`
}

type CreditCard struct {
	CardID       string `json:"card_id,omitempty"`
	Installments int    `json:"installments"`
	Capture      bool   `json:"capture"`
}

type OrderRequest struct {
	Code     string        `json:"code"`
	Customer Customer      `json:"customer"`
	Items    []Item        `json:"items"`
	Payments []PaymentSpec `json:"payments"`
}

type Charge struct {
	ID              string `json:"id"`
	Code            string `json:"code"`
	Amount          int64  `json:"amount"`
	Status          string `json:"status"` // pending, paid, failed, canceled, processing
	LastTransaction struct {
		QRCode    string `json:"qr_code"`
		QRCodeURL string `json:"qr_code_url"`
	} `json:"last_transaction"`
}

type Order struct {
	ID      string   `json:"id"`
	Code    string   `json:"code"`
	Status  string   `json:"status"`
	Charges []Charge `json:"charges"`
}

// CreateOrder posts an order with its charges. key is sent as the
// Idempotency-Key header when set.
func (c *Client) CreateOrder(ctx context.Context, o OrderRequest, key string) (*Order, error) {
	var out Order
	if err := c.send(ctx, http.MethodPost, "/orders", o, key, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (c *Client) GetCharge(ctx context.Context, id string) (*Charge, error) {
	var out Charge
	if err := c.send(ctx, http.MethodGet, "/charges/"+id, nil, "", &out); err != nil {
		return nil, err
	}
	return &out, nil
}

type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("pagarme: status %d: %s", e.Code, e.Body) }

func (c *Client) send(ctx context.Context, method, path string, body any, key string, out any) error {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, rdr)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.key, "")
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return &StatusError{Code: resp.StatusCode, Body: string(raw)}
	}
	if out != nil {
		return json.Unmarshal(raw, out)
	}
	return nil
}
