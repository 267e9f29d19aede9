// Package wellnessnet is a client of the B2B payment network corporate
// wellness customers pay their invoices through.
package wellnessnet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
)

const (
	defaultBaseURL = "https://api.b2bpaynet.example/v2"
	pollEvery      = 1500 * time.Millisecond
)

// PaymentOrder is a request for a company to pay an invoice.
type PaymentOrder struct {
	ID          string `json:"id"`
	Status      string `json:"status"` // CREATED, AWAITING_APPROVAL, SETTLING, SETTLED, REJECTED, EXPIRED
	InvoiceRef  string `json:"invoice_ref"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
}

// OrderInput creates a payment order.
type OrderInput struct {
	InvoiceRef   string `json:"invoice_ref"`
	PayerAccount string `json:"payer_account"`
	AmountCents  int64  `json:"amount_cents"`
	Currency     string `json:"currency"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("b2bpaynet: %d %s", e.Status, e.Detail) }

// Client calls the network's REST API.
type Client struct {
	baseURL    string
	apiKey     string
	hc         *http.Client
	maxRetries int
}

// ClientOption configures a Client.
type ClientOption func(*Client)

func WithBaseURL(u string) ClientOption           { return func(c *Client) { c.baseURL = u } }
func WithHTTPClient(hc *http.Client) ClientOption { return func(c *Client) { c.hc = hc } }
func WithMaxRetries(n int) ClientOption           { return func(c *Client) { c.maxRetries = n } }

func NewClient(apiKey string, opts ...ClientOption) *Client {
	c := &Client{baseURL: defaultBaseURL, apiKey: apiKey, hc: &http.Client{Timeout: 20 * time.Second}, maxRetries: 3}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	if method == http.MethodPost {
		req.Header.Set("Idempotency-Key", uuid.NewString())
	}
	return req, nil
}

func backoffFor(attempt int) time.Duration {
	return time.Duration(1<<attempt) * time.Second
}

func (c *Client) send(ctx context.Context, method, path string, body, out any) error {
	var lastErr error
	for attempt := 0; attempt <= c.maxRetries; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoffFor(attempt)):
			}
		}
		req, err := c.newRequest(ctx, method, path, body)
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /payment-orders \\(sent for wellnessnet.Client.CreatePaymentOrder\\) is retried by a for loop \\(line 97\\) but newRequest makes a new idempotency key on every call"
		if err != nil {
			lastErr = err
			continue
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 300 { // want "\\[retrystatus\\] POST /payment-orders \\(sent for wellnessnet.Client.CreatePaymentOrder\\) is retried by a for loop \\(line 97\\): every non-2xx status is retried"
			apiErr := &APIError{Status: resp.StatusCode}
			_ = json.Unmarshal(data, apiErr)
			lastErr = apiErr
			continue
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(data, out)
	}
	return lastErr
}

// CreatePaymentOrder asks the company's bank to pay an invoice.
func (c *Client) CreatePaymentOrder(ctx context.Context, in OrderInput) (*PaymentOrder, error) {
	var po PaymentOrder
	if err := c.send(ctx, http.MethodPost, "/payment-orders", in, &po); err != nil {
		return nil, err
	}
	return &po, nil
}

// GetPaymentOrder reads a payment order.
func (c *Client) GetPaymentOrder(ctx context.Context, id string) (*PaymentOrder, error) {
	var po PaymentOrder
	if err := c.send(ctx, http.MethodGet, "/payment-orders/"+id, nil, &po); err != nil {
		return nil, err
	}
	return &po, nil
}
