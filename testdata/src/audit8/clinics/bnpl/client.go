// Package bnpl is the clinic's client for the buy-now-pay-later provider
// (Klarna-style REST API: payment sessions, orders, captures, refunds).
package bnpl

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Config comes from the clinic's env file.
type Config struct {
	BaseURL  string
	Username string
	Password string
	Timeout  time.Duration
}

type Client struct {
	cfg  Config
	http *http.Client
}

func New(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: cfg.Timeout}}
}

type OrderLine struct {
	Name        string `json:"name"`
	Quantity    int    `json:"quantity"`
	UnitPrice   int64  `json:"unit_price"`
	TotalAmount int64  `json:"total_amount"`
}

type OrderRequest struct {
	PurchaseCountry  string      `json:"purchase_country"`
	PurchaseCurrency string      `json:"purchase_currency"`
	OrderAmount      int64       `json:"order_amount"`
	MerchantRef      string      `json:"merchant_reference1"`
	Lines            []OrderLine `json:"order_lines"`
}

type Order struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
	FraudOK string `json:"fraud_status"`
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.cfg.BaseURL+path, &buf)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.cfg.Username, c.cfg.Password)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// CreateOrder turns an authorised payment session into an order. The
// authorization token is single use, so the call is made once.
func (c *Client) CreateOrder(ctx context.Context, authToken string, o OrderRequest) (*Order, error) {
	var out Order
	err := withRetry(ctx, 3, func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/payments/v1/authorizations/"+authToken+"/order", o)
		if err != nil {
			return err
		}
		resp, err := c.http.Do(req) // want "\\[idempotency\\] POST /payments/v1/authorizations/\\{\\}/order is retried by withRetry"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("bnpl: create order: %d", resp.StatusCode)
		}
		if resp.StatusCode != http.StatusOK {
			return permanent{fmt.Errorf("bnpl: create order rejected: %d", resp.StatusCode)}
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	})
	return &out, err
}

// GetOrder reads the order from the order management API.
func (c *Client) GetOrder(ctx context.Context, orderID string) (*Order, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/ordermanagement/v1/orders/"+orderID, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("bnpl: get order %s: %d", orderID, resp.StatusCode)
	}
	var o Order
	return &o, json.NewDecoder(resp.Body).Decode(&o)
}
