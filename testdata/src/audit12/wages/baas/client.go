// Package baas is the client of Corebank, the bank-as-a-service partner
// that holds worker accounts and moves money over ACH and RTP.
package baas

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit12/wages/domain"
	"audit12/wages/kit"
)

// Client talks to the Corebank REST API.
type Client struct {
	base   string
	apiKey string
	hc     *http.Client
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// New returns a client for base (https://api.corebank.example).
func New(base, apiKey string, opts ...Option) *Client {
	c := &Client{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 15 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	return c
}

// TransferRequest moves money out of the platform's program account.
type TransferRequest struct {
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
	Destination string `json:"destination_account"`
	Rail        string `json:"rail"`
	Reference   string `json:"reference"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("corebank: %d %s", e.Status, e.Detail) }

func (c *Client) authorize(r *http.Request) {
	r.Header.Set("Authorization", "Bearer "+c.apiKey)
	r.Header.Set("Content-Type", "application/json")
}

func decodeError(resp *http.Response) error {
	e := &APIError{Status: resp.StatusCode}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	_ = json.Unmarshal(b, e)
	return e
}

// CreateTransfer sends a credit transfer. key identifies the transfer
// across attempts.
func (c *Client) CreateTransfer(ctx context.Context, tr TransferRequest, key string) (*domain.Transfer, error) {
	body, err := json.Marshal(tr)
	if err != nil {
		return nil, err
	}
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/transfers", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		c.authorize(req)
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err != nil {
			lastErr = err
		} else {
			if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/transfers is retried by a for loop \\(line 78\\): every non-2xx status is retried"
				defer resp.Body.Close()
				var t domain.Transfer
				return &t, json.NewDecoder(resp.Body).Decode(&t)
			}
			lastErr = decodeError(resp)
			resp.Body.Close()
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

// GetTransfer reads a transfer. 429 and 5xx come back retryable.
func (c *Client) GetTransfer(ctx context.Context, id string) (*domain.Transfer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/transfers/"+id, nil)
	if err != nil {
		return nil, err
	}
	c.authorize(req)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, kit.Retryable(err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
		var t domain.Transfer
		return &t, json.NewDecoder(resp.Body).Decode(&t)
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return nil, kit.Retryable(decodeError(resp))
	default:
		return nil, decodeError(resp)
	}
}
