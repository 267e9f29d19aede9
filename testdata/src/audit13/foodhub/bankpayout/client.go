// Package bankpayout is a client for PayRail, the bank-transfer API that
// pays couriers and restaurants.
//
// PayRail de-duplicates writes on the X-Client-Token header: a transfer
// sent again with the same token returns the first transfer instead of
// booking a second one.
package bankpayout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/rs/xid"
)

// Client calls PayRail.
type Client struct {
	hc      *http.Client
	baseURL string
	apiKey  string
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// New returns a PayRail client.
func New(baseURL, apiKey string, opts ...Option) *Client {
	c := &Client{hc: &http.Client{Timeout: 20 * time.Second}, baseURL: baseURL, apiKey: apiKey}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Transfer is a credit transfer to an IBAN.
type Transfer struct {
	IBAN        string `json:"creditor_iban"`
	Name        string `json:"creditor_name"`
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	Remittance  string `json:"remittance_info"`
	Reference   string `json:"end_to_end_id"`
}

// TransferResult is PayRail's answer to a transfer.
type TransferResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// APIError is a non-2xx answer from PayRail.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("payrail: %d %s", e.Status, e.Detail) }

// Temporary reports whether the request may succeed later.
func (e *APIError) Temporary() bool { return e.Status == 429 || e.Status >= 500 }

func decodeError(resp *http.Response) error {
	defer resp.Body.Close()
	e := &APIError{Status: resp.StatusCode}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	_ = json.Unmarshal(b, e)
	return e
}

// newRequest builds an authenticated PayRail request.
func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Client-Token", xid.New().String())
	return req, nil
}

// Transfer sends a courier payout; t.Reference identifies the payout and
// is sent as the client token on every attempt.
func (c *Client) Transfer(ctx context.Context, t Transfer) (*TransferResult, error) {
	wait := time.Second
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers", t)
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-Client-Token", t.Reference)
		resp, err := c.hc.Do(req)
		if err != nil {
			lastErr = err
		} else if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v2/transfers is retried by a for loop \\(line 104\\): every non-2xx status is retried"
			defer resp.Body.Close()
			var out TransferResult
			if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
				return nil, err
			}
			return &out, nil
		} else {
			lastErr = decodeError(resp)
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

// SettleRestaurant pays a restaurant's settlement.
func (c *Client) SettleRestaurant(ctx context.Context, t Transfer) (*TransferResult, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers", t)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		return nil, decodeError(resp)
	}
	defer resp.Body.Close()
	var out TransferResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// TransferStatus reads a transfer's status by its end-to-end reference.
func (c *Client) TransferStatus(ctx context.Context, reference string) (string, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v2/transfers/"+url.PathEscape(reference), nil)
	if err != nil {
		return "", err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", decodeError(resp)
	}
	defer resp.Body.Close()
	var out TransferResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Status, nil
}
