// Package payouts is a client for Fundline, the bank-transfer provider that
// pays property owners and vendors out of the platform's trust account.
package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// Transfer statuses reported by Fundline.
const (
	StatusPending   = "pending"
	StatusCompleted = "completed"
	StatusFailed    = "failed"
	StatusCancelled = "cancelled"
	StatusReturned  = "returned"
)

// Transfer is a bank transfer out of a funding source.
type Transfer struct {
	ID            string `json:"id"`
	Status        string `json:"status"`
	FundingSource string `json:"funding_source"`
	Destination   string `json:"destination"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Reference     string `json:"reference"`
}

// TransferRequest asks Fundline to move money to a destination account.
type TransferRequest struct {
	FundingSource string `json:"funding_source"`
	Destination   string `json:"destination"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Reference     string `json:"reference"`
}

// FundingSource is an account money can be sent from.
type FundingSource struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Balance int64  `json:"balance"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("fundline: %d: %s", e.Status, e.Body) }

// Client talks to the Fundline REST API.
type Client struct {
	baseURL    string
	apiKey     string
	http       *http.Client
	maxRetries uint64
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// WithMaxRetries sets how many times a failed call is retried.
func WithMaxRetries(n uint64) Option { return func(c *Client) { c.maxRetries = n } }

// New returns a Client.
func New(baseURL, apiKey string, opts ...Option) *Client {
	c := &Client{
		baseURL:    baseURL,
		apiKey:     apiKey,
		http:       &http.Client{Timeout: 20 * time.Second},
		maxRetries: 4,
	}
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

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	op := func() error {
		req, err := c.newRequest(ctx, method, path, body)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err := c.http.Do(req) // want "\\[idempotency\\] POST /v2/transfers \\(sent for payouts.Client.CreateTransfer\\) is retried by backoff.Retry \\(line 138\\) but newRequest makes a new idempotency key on every call"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			return &APIError{Status: resp.StatusCode}
		}
		if resp.StatusCode >= 400 {
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			return backoff.Permanent(&APIError{Status: resp.StatusCode, Body: string(b)})
		}
		if out == nil {
			return nil
		}
		return json.NewDecoder(resp.Body).Decode(out)
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), c.maxRetries), ctx)
	return backoff.Retry(op, b)
}

// CreateTransfer sends money to tr.Destination.
func (c *Client) CreateTransfer(ctx context.Context, tr TransferRequest) (*Transfer, error) {
	var t Transfer
	if err := c.do(ctx, http.MethodPost, "/v2/transfers", tr, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// GetTransfer reads a transfer.
func (c *Client) GetTransfer(ctx context.Context, id string) (*Transfer, error) {
	var t Transfer
	if err := c.do(ctx, http.MethodGet, "/v2/transfers/"+id, nil, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// FundingSources lists the accounts of an owner that can send money.
func (c *Client) FundingSources(ctx context.Context, customerID string) ([]FundingSource, error) {
	var out struct {
		Data []FundingSource `json:"data"`
	}
	if err := c.do(ctx, http.MethodGet, "/v2/customers/"+customerID+"/funding-sources", nil, &out); err != nil {
		return nil, err
	}
	return out.Data, nil
}
