// Package booth drives the card readers at the top-up booths through the
// reader vendor's REST API: a checkout is pushed to a reader, the attendee
// taps a card, and the checkout is polled until it settles.
package booth

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit21/festival/platform"
)

// Checkout states as the reader API reports them.
const (
	StatusPending  = "PENDING"
	StatusPaid     = "PAID"
	StatusFailed   = "FAILED"
	StatusCanceled = "CANCELED"
	StatusExpired  = "EXPIRED"
)

// Checkout is a charge pushed to a reader.
type Checkout struct {
	ID              string `json:"id"`
	Reference       string `json:"checkout_reference"`
	Status          string `json:"status"`
	TransactionCode string `json:"transaction_code,omitempty"`
}

// Client talks to the reader API.
type Client struct {
	hc       *http.Client
	base     string
	key      string
	merchant string
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// WithHTTPClient replaces the default http.Client.
func WithHTTPClient(hc *http.Client) ClientOption { return func(c *Client) { c.hc = hc } }

// NewClient builds a reader API client.
func NewClient(base, key, merchant string, opts ...ClientOption) *Client {
	c := &Client{hc: &http.Client{Timeout: 10 * time.Second}, base: base, key: key, merchant: merchant}
	for _, o := range opts {
		o(c)
	}
	return c
}

type checkoutBody struct {
	Reference string `json:"checkout_reference"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	ReaderID  string `json:"reader_id"`
	BoothID   string `json:"description"`
}

func newCheckoutBody(boothID, readerID string, cents platform.Cents) []byte {
	b, _ := json.Marshal(checkoutBody{
		Reference: fmt.Sprintf("%s-%d", boothID, time.Now().UnixNano()),
		Amount:    int64(cents),
		Currency:  "EUR",
		ReaderID:  readerID,
		BoothID:   boothID,
	})
	return b
}

func (c *Client) do(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	req.Header.Set("Content-Type", "application/json")
	return c.hc.Do(req)
}

// CreateCheckout pushes a charge to a reader. The reader API is flaky at
// peak times, so transient failures are tried again.
func (c *Client) CreateCheckout(ctx context.Context, boothID, readerID string, cents platform.Cents) (*Checkout, error) {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			time.Sleep(wait)
			wait *= 2
		}
		body := newCheckoutBody(boothID, readerID, cents)
		resp, err := c.do(ctx, http.MethodPost, "/v1/merchants/"+c.merchant+"/checkouts", body) // want "\\[idempotency\\] POST /v1/merchants/\\{\\}/checkouts is retried by a for loop \\(line 92\\) but newCheckoutBody makes a new idempotency key on every call"
		if err != nil {
			lastErr = err
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests { // audit: lookalike retrystatus: only 5xx and 429 go round; any other 4xx returns below
			lastErr = fmt.Errorf("reader api %d", resp.StatusCode)
			continue
		}
		if resp.StatusCode != http.StatusCreated {
			return nil, &platform.APIError{Status: resp.StatusCode, Body: string(raw)}
		}
		var co Checkout
		if err := json.Unmarshal(raw, &co); err != nil {
			return nil, err
		}
		return &co, nil
	}
	return nil, fmt.Errorf("create checkout: %w", lastErr)
}

// Get reads a checkout's current state.
func (c *Client) Get(ctx context.Context, id string) (*Checkout, error) {
	resp, err := c.do(ctx, http.MethodGet, "/v1/merchants/"+c.merchant+"/checkouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("get checkout %s: %d", id, resp.StatusCode)
	}
	var co Checkout
	if err := json.NewDecoder(resp.Body).Decode(&co); err != nil {
		return nil, err
	}
	return &co, nil
}

// Refund returns money for a booth transaction.
func (c *Client) Refund(ctx context.Context, txCode string, cents platform.Cents, refundID string) error {
	body, _ := json.Marshal(map[string]any{"amount": int64(cents)})
	_, err := platform.Send(ctx, c.hc, platform.Request{ // want "\\[retrystatus\\] POST /v1/merchants/\\{\\}/transactions/\\{\\}/refunds is retried by"
		Method: http.MethodPost,
		URL:    c.base + "/v1/merchants/" + c.merchant + "/transactions/" + txCode + "/refunds",
		Body:   body,
		Headers: map[string]string{
			"Authorization":   "Bearer " + c.key,
			"Idempotency-Key": "balance-refund-" + refundID,
		},
	})
	return err
}
