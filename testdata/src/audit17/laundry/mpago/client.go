// Package mpago talks to Mercado Pago for customers in Brazil, Mexico and
// Argentina: checkout preferences over REST, payments through the SDK.
package mpago

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

const apiBase = "https://api.mercadopago.com"

// Client is the REST side of Mercado Pago.
type Client struct {
	token   string
	baseURL string
	api     *retryablehttp.Client
	refunds *retryablehttp.Client
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL points the client at a sandbox.
func WithBaseURL(u string) Option { return func(c *Client) { c.baseURL = u } }

// New builds a Client.
func New(token string, opts ...Option) *Client {
	api := retryablehttp.NewClient()
	api.RetryMax = 4
	api.RetryWaitMin = time.Second
	api.RetryWaitMax = 10 * time.Second
	api.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if err != nil {
			return true, nil
		}
		return resp.StatusCode >= 400, nil // want "\\[retrystatus\\] payment requests are retried by the retryablehttp client's CheckRetry \\(line 38\\): every non-2xx status is retried"
	}

	rf := retryablehttp.NewClient()
	rf.RetryMax = 3

	c := &Client{token: token, baseURL: apiBase, api: api, refunds: rf}
	for _, o := range opts {
		o(c)
	}
	return c
}

// PreferenceRequest is a checkout preference with its return pages.
type PreferenceRequest struct {
	Items             []Item   `json:"items"`
	ExternalReference string   `json:"external_reference"`
	BackURLs          BackURLs `json:"back_urls"`
	AutoReturn        string   `json:"auto_return"`
	NotificationURL   string   `json:"notification_url"`
}

// Item is one line of a preference.
type Item struct {
	Title      string  `json:"title"`
	Quantity   int     `json:"quantity"`
	UnitPrice  float64 `json:"unit_price"`
	CurrencyID string  `json:"currency_id"`
}

// BackURLs are the pages the buyer returns to.
type BackURLs struct {
	Success string `json:"success"`
	Pending string `json:"pending"`
	Failure string `json:"failure"`
}

// Preference is the created checkout.
type Preference struct {
	ID        string `json:"id"`
	InitPoint string `json:"init_point"`
}

// CreatePreference opens a checkout for an order.
func (c *Client) CreatePreference(ctx context.Context, p PreferenceRequest) (*Preference, error) {
	body, _ := json.Marshal(p)
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/checkout/preferences", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.api.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return nil, fmt.Errorf("mercadopago preference: %s", resp.Status)
	}
	var out Preference
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// SavedCardCharge charges a customer's saved card for a recurring plan.
type SavedCardCharge struct {
	OrderID    string
	CustomerID string
	CardToken  string
	Amount     float64
}

// ChargeSavedCard charges a laundry-plan renewal on the saved card.
func (c *Client) ChargeSavedCard(ctx context.Context, ch SavedCardCharge) (int64, error) {
	body, _ := json.Marshal(map[string]any{
		"transaction_amount": ch.Amount,
		"token":              ch.CardToken,
		"external_reference": ch.OrderID,
		"payer":              map[string]string{"id": ch.CustomerID},
	})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/payments", body)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("X-Idempotency-Key", "plan-"+ch.OrderID)
	resp, err := c.api.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var out struct {
		ID int64 `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

// Refund returns part of a payment for a damaged garment.
func (c *Client) Refund(ctx context.Context, paymentID string, amount float64) (int64, error) {
	body, _ := json.Marshal(map[string]float64{"amount": amount})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost,
		c.baseURL+"/v1/payments/"+paymentID+"/refunds", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.refunds.Do(req) // want "\\[idempotency\\] POST /v1/payments/\\{\\}/refunds is retried by the retryablehttp.Client \\(line 48\\) without an idempotency key"
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return 0, fmt.Errorf("mercadopago refund %s: %s", paymentID, resp.Status)
	}
	var out struct {
		ID int64 `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}
