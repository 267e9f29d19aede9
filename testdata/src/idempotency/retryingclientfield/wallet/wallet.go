// Package wallet is a hand-written client of a mobile wallet's merchant
// API. Its go-retryablehttp client is built in New and kept in a field;
// every URL is made by one helper method (c.url). The client sends a
// request again after a timeout or a 5xx, so a payment POST through it
// needs a key made once per payment.
package wallet

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

type Payment struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

type Client struct {
	http     *retryablehttp.Client
	base     string
	merchant string
}

// Option changes the client.
type Option func(*Client)

// WithRetries sets how often the transport tries again.
func WithRetries(n int) Option { return func(c *Client) { c.http.RetryMax = n } }

func New(base, merchant string, opts ...Option) *Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 3
	rc.RetryWaitMin = time.Second
	c := &Client{http: rc, base: base, merchant: merchant}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) url(path string) string {
	return fmt.Sprintf("%s/v1/merchants/%s%s", c.base, c.merchant, path)
}

// StartPayment: the payment POST goes through the retrying client with
// no key; a retry after a lost answer registers a second payment.
func (c *Client) StartPayment(ctx context.Context, amount int64, message string) (*Payment, error) {
	body, _ := json.Marshal(map[string]any{"amount": amount, "currency": "CHF", "message": message})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments"), body)
	if err != nil {
		return nil, err
	}
	res, err := c.http.Do(req) // want `POST /v1/merchants/\{\}/payments is retried by the retryablehttp.Client \(line 37\) without an idempotency key`
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// Capture: the path is spliced from the caller's payment id inside the
// helper's argument; no key.
func (c *Client) Capture(ctx context.Context, paymentID string, amount int64) error {
	body, _ := json.Marshal(map[string]any{"amount": amount})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments/"+paymentID+"/capture"), body)
	if err != nil {
		return err
	}
	res, err := c.http.Do(req) // want `POST /v1/merchants/\{\}/payments/\{\}/capture is retried by the retryablehttp.Client \(line 37\) without an idempotency key`
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Refund: the same client, with a key from the caller's refund row, the
// same on every attempt the client makes: silent.
func (c *Client) Refund(ctx context.Context, paymentID, refundID string, amount int64) error {
	body, _ := json.Marshal(map[string]any{"amount": amount})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments/"+paymentID+"/refunds"), body)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "refund-"+refundID)
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Payment: a read through the retrying client: silent.
func (c *Client) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.url("/payments/"+id), nil)
	if err != nil {
		return nil, err
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// Notify: the retrying client also sends the shop's e-mail receipts,
// which are not a payment: silent.
func (c *Client) Notify(ctx context.Context, to, subject string) error {
	body, _ := json.Marshal(map[string]any{"to": to, "subject": subject})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.url("/emails"), body)
	if err != nil {
		return err
	}
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// ---- a client set not to retry ------------------------------------------

type Terminal struct {
	http *retryablehttp.Client
	base string
}

func NewTerminal(base string) *Terminal {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 0 // each request is sent once
	return &Terminal{http: rc, base: strings.TrimSuffix(base, "/")}
}

func (t *Terminal) endpoint(path string) string { return t.base + "/api/v2" + path }

// Pay: RetryMax = 0, so the client never sends it again: silent.
func (t *Terminal) Pay(ctx context.Context, amount int64) error {
	body, _ := json.Marshal(map[string]any{"amount": amount, "currency": "EUR"})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, t.endpoint("/payments"), body)
	if err != nil {
		return err
	}
	res, err := t.http.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
