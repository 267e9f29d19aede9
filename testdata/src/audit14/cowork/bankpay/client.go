// Package bankpay is a client for Baltica Bank's instant-payment API, which
// we use to collect corporate invoices by request-to-pay transfers.
package bankpay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Transfer states reported by the bank.
const (
	StateReceived  = "RECEIVED"
	StateInFlight  = "IN_FLIGHT"
	StateSettled   = "SETTLED"
	StateRejected  = "REJECTED"
	StateExpired   = "EXPIRED"
	StateCancelled = "CANCELLED"
)

// requestRefHeader is the bank's name for the idempotency key: a second
// request with the same reference returns the first transfer.
const requestRefHeader = "X-Request-Reference"

// Transfer is a request-to-pay transfer.
type Transfer struct {
	ID          string `json:"transfer_id"`
	State       string `json:"state"`
	AmountCents int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	Reason      string `json:"reason_code,omitempty"`
}

// TransferRequest asks a company account to pay an invoice.
type TransferRequest struct {
	DebtorIBAN  string `json:"debtor_iban"`
	AmountCents int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	Remittance  string `json:"remittance_info"`
}

// APIError is a non-2xx answer of the bank.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("bankpay: HTTP %d: %s", e.Status, e.Body) }

// Client talks to the bank.
type Client struct {
	base     string
	token    string
	http     *http.Client
	attempts int
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(h *http.Client) Option { return func(c *Client) { c.http = h } }

// WithAttempts sets how many times writes are tried.
func WithAttempts(n int) Option { return func(c *Client) { c.attempts = n } }

// New returns a client for the bank's API at base.
func New(base, token string, opts ...Option) *Client {
	c := &Client{base: base, token: token, http: &http.Client{Timeout: 15 * time.Second}, attempts: 4}
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
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func decode[T any](resp *http.Response) (*T, error) {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, &APIError{Status: resp.StatusCode, Body: string(b)}
	}
	var v T
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return nil, err
	}
	return &v, nil
}

// CreateTransfer sends a request-to-pay. ref is the request reference: the
// same ref always names the same transfer.
func (c *Client) CreateTransfer(ctx context.Context, tr TransferRequest, ref string) (*Transfer, error) {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < c.attempts; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers", tr)
		if err != nil {
			return nil, err
		}
		req.Header.Set(requestRefHeader, ref)
		resp, err := c.http.Do(req)
		switch {
		case err != nil:
			lastErr = err
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			resp.Body.Close()
			lastErr = &APIError{Status: resp.StatusCode}
		default:
			return decode[Transfer](resp)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, lastErr
}

// Transfer reads a transfer's current state.
func (c *Client) Transfer(ctx context.Context, id string) (*Transfer, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v2/transfers/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	return decode[Transfer](resp)
}

// RefundTransfer returns part of a settled transfer to the debtor.
func (c *Client) RefundTransfer(ctx context.Context, id string, amountCents int64, ref string) (*Transfer, error) {
	body := map[string]any{"amount_minor": amountCents}
	wait := 2 * time.Second
	var lastErr error
	for attempt := 0; attempt < c.attempts; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers/"+id+"/refunds", body)
		if err != nil {
			return nil, err
		}
		req.Header.Set(requestRefHeader, ref)
		resp, err := c.http.Do(req)
		if err == nil && resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /v2/transfers/\\{\\}/refunds is retried by a for loop \\(line 160\\): every non-2xx status is retried"
			return decode[Transfer](resp)
		}
		if err == nil {
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			lastErr = &APIError{Status: resp.StatusCode, Body: string(b)}
		} else {
			lastErr = err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, lastErr
}
