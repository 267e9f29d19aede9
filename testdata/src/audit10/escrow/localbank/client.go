// Package localbank is a client of Adria Bank's corporate REST API, used for
// domestic payouts to freelancers' bank accounts.
package localbank

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
	StatusAccepted   = "ACCEPTED"
	StatusProcessing = "PROCESSING"
	StatusSettled    = "SETTLED"
	StatusRejected   = "REJECTED"
	StatusReturned   = "RETURNED"
)

// TransferRequest is the body of POST /v2/transfers.
type TransferRequest struct {
	DebtorAccount  string `json:"debtor_account"`
	CreditorIBAN   string `json:"creditor_iban"`
	CreditorName   string `json:"creditor_name"`
	AmountMinor    int64  `json:"amount_minor"`
	Currency       string `json:"currency"`
	RemittanceInfo string `json:"remittance_info"`
	EndToEndRef    string `json:"end_to_end_ref"`
}

// Transfer is the bank's view of a transfer.
type Transfer struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	EndToEndRef string `json:"end_to_end_ref"`
	Reason      string `json:"reason,omitempty"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("adria bank: %d %s", e.Status, e.Detail) }

// Client talks to the bank.
type Client struct {
	base   string
	apiKey string
	http   *http.Client
}

// ClientOption configures a Client.
type ClientOption func(*Client)

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(h *http.Client) ClientOption { return func(c *Client) { c.http = h } }

// NewClient returns a bank client.
func NewClient(base, apiKey string, opts ...ClientOption) *Client {
	c := &Client{base: base, apiKey: apiKey, http: &http.Client{Timeout: 20 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func decodeError(resp *http.Response) error {
	e := &APIError{Status: resp.StatusCode}
	_ = json.NewDecoder(resp.Body).Decode(e)
	return e
}

// CreateTransfer submits a transfer under the given idempotency key.
func (c *Client) CreateTransfer(ctx context.Context, t TransferRequest, key string) (*Transfer, error) {
	body, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			time.Sleep(wait)
			wait *= 2
		}
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers", body)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.http.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode != http.StatusCreated { // want "\\[retrystatus\\] POST /v2/transfers is retried by a for loop \\(line 101\\): every non-2xx status is retried"
			lastErr = decodeError(resp)
			resp.Body.Close()
			continue
		}
		var out Transfer
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		return &out, err
	}
	return nil, lastErr
}

// GetTransfer reads one transfer.
func (c *Client) GetTransfer(ctx context.Context, id string) (*Transfer, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v2/transfers/"+id, nil)
	if err != nil {
		return nil, err
	}
	var resp *http.Response
	for i := 0; i < 3; i++ {
		resp, err = c.http.Do(req) // want "\\[retrybackoff\\] GET /v2/transfers/{} is retried by a for loop \\(line 136\\) with no wait between attempts"
		if err == nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, decodeError(resp)
	}
	var out Transfer
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// AccountHolder is the name registered on an IBAN.
type AccountHolder struct {
	IBAN string `json:"iban"`
	Name string `json:"name"`
}

// LookupAccountHolder checks an IBAN before a freelancer saves it.
func (c *Client) LookupAccountHolder(ctx context.Context, iban string) (*AccountHolder, error) {
	var lastErr error
	for i := 0; i < 2; i++ {
		req, err := c.newRequest(ctx, http.MethodGet, "/v2/accounts/lookup?iban="+iban, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, decodeError(resp)
		}
		var h AccountHolder
		return &h, json.NewDecoder(resp.Body).Decode(&h)
	}
	return nil, lastErr
}
