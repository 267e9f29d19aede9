// Package twint is our client for the Swiss mobile wallet's merchant REST
// API (QR / app-switch payments, refunds, payment notifications).
package twint

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Payment states as the wallet reports them.
const (
	StateCreated   = "CREATED"
	StateInProcess = "IN_PROCESS"
	StateSuccess   = "SUCCESS"
	StateFailed    = "FAILED"
	StateCanceled  = "CANCELED"
	StateExpired   = "EXPIRED"
)

// Payment is the wallet's payment resource.
type Payment struct {
	ID       string `json:"id"`
	State    string `json:"state"`
	Amount   int64  `json:"amountRappen"`
	Currency string `json:"currency"`
	QRToken  string `json:"qrToken"`
	Message  string `json:"message"`
}

// Final reports whether the payment will not change any more.
func (p Payment) Final() bool {
	switch p.State {
	case StateSuccess, StateFailed, StateCanceled, StateExpired:
		return true
	}
	return false
}

// Client is the wallet API client.
type Client struct {
	http      *retryablehttp.Client
	base      string
	merchant  string
	apiKey    string
	notifyURL string
}

// Option configures the Client.
type Option func(*Client)

// WithRetries sets how many times the transport retries a request.
func WithRetries(n int) Option { return func(c *Client) { c.http.RetryMax = n } }

// WithNotifyURL sets where the wallet posts payment notifications.
func WithNotifyURL(u string) Option { return func(c *Client) { c.notifyURL = u } }

// New builds a client.
func New(base, merchant, apiKey string, opts ...Option) *Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 4
	rc.RetryWaitMin = 500 * time.Millisecond
	rc.RetryWaitMax = 5 * time.Second
	rc.Logger = nil
	c := &Client{http: rc, base: base, merchant: merchant, apiKey: apiKey}
	for _, o := range opts {
		o(c)
	}
	return c
}

// StartPayment registers a payment and returns the QR token to display.
func (c *Client) StartPayment(ctx context.Context, message string, rappen int64) (*Payment, error) {
	body, _ := json.Marshal(map[string]interface{}{
		"amountRappen": rappen,
		"currency":     "CHF",
		"message":      message,
		"callbackUrl":  c.notifyURL,
	})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments"), body)
	if err != nil {
		return nil, err
	}
	c.sign(req)
	res, err := c.http.Do(req) // want "\\[idempotency\\] POST /v1/merchants/\\{\\}/payments is retried by the retryablehttp\\.Client \\(line 67\\) without an idempotency key"
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		return nil, apiError(res)
	}
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// Payment reads a payment back.
func (c *Client) Payment(ctx context.Context, id string) (*Payment, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, c.url("/payments/"+id), nil)
	if err != nil {
		return nil, err
	}
	c.sign(req)
	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, apiError(res)
	}
	var p Payment
	return &p, json.NewDecoder(res.Body).Decode(&p)
}

// Refund returns money of a payment. refundID is ours and names the refund
// for the wallet's duplicate check.
func (c *Client) Refund(ctx context.Context, paymentID, refundID string, rappen int64) error {
	body, _ := json.Marshal(map[string]interface{}{"amountRappen": rappen, "reason": "RAIN"})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.url("/payments/"+paymentID+"/refunds"), body)
	if err != nil {
		return err
	}
	c.sign(req)
	req.Header.Set("Idempotency-Key", "refund-"+refundID)
	res, err := c.http.Do(req) // audit: lookalike idempotency: the same request, with a key from our refund row, is what the retrying client sends again
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return apiError(res)
	}
	return nil
}

// WaitForConfirmation waits for the customer to confirm in the app, for at
// most three minutes.
func (c *Client) WaitForConfirmation(ctx context.Context, id string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	for {
		p, err := c.Payment(ctx, id)
		if err != nil {
			return "", err
		}
		if p.Final() {
			return p.State, nil
		}
		select {
		case <-ctx.Done():
			return StateInProcess, nil
		case <-time.After(confirmPollEvery): // want "\\[pollinterval\\] payment status polled every 800ms"
		}
	}
}

const confirmPollEvery = 800 * time.Millisecond

func (c *Client) url(path string) string {
	return fmt.Sprintf("%s/v1/merchants/%s%s", c.base, c.merchant, path)
}

func (c *Client) sign(req *retryablehttp.Request) {
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
}

// APIError is an answer the wallet refused.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("twint: HTTP %d: %s", e.Status, e.Body) }

func apiError(res *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
	return &APIError{Status: res.StatusCode, Body: string(bytes.TrimSpace(b))}
}

// Transient reports whether err is worth another try.
func Transient(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Status == http.StatusTooManyRequests || ae.Status >= 500
	}
	return err != nil
}
