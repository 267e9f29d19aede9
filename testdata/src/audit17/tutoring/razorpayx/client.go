// Package razorpayx is a small client for RazorpayX payouts to tutors' bank
// accounts and UPI handles.
package razorpayx

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const defaultBase = "https://api.razorpay.com"

// Client calls the RazorpayX payouts API.
type Client struct {
	base        string
	keyID       string
	keySecret   string
	account     string
	hc          *http.Client
	maxAttempts int
	firstWait   time.Duration
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL points the client at another host (tests, sandbox proxy).
func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithAttempts sets how many times a payout request is sent.
func WithAttempts(n int) Option { return func(c *Client) { c.maxAttempts = n } }

// New returns a payouts client for the given RazorpayX account number.
func New(keyID, keySecret, account string, opts ...Option) *Client {
	c := &Client{
		base:        defaultBase,
		keyID:       keyID,
		keySecret:   keySecret,
		account:     account,
		hc:          &http.Client{Timeout: 20 * time.Second},
		maxAttempts: 3,
		firstWait:   time.Second,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// PayoutRequest describes one payout.
type PayoutRequest struct {
	FundAccountID string `json:"fund_account_id"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Mode          string `json:"mode"`
	Purpose       string `json:"purpose"`
	ReferenceID   string `json:"reference_id"`
	Narration     string `json:"narration,omitempty"`
}

// Payout is the API's answer.
type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type payoutBody struct {
	AccountNumber string `json:"account_number"`
	PayoutRequest
	QueueIfLowBalance bool `json:"queue_if_low_balance"`
}

// CreatePayout sends a payout. ref is sent in X-Payout-Ref so that RazorpayX
// returns the existing payout when the same ref is seen again.
func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest, ref string) (*Payout, error) {
	body, err := json.Marshal(payoutBody{AccountNumber: c.account, PayoutRequest: p, QueueIfLowBalance: true})
	if err != nil {
		return nil, err
	}
	wait := c.firstWait
	var lastErr error
	for attempt := 1; attempt <= c.maxAttempts; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(c.keyID, c.keySecret)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Payout-Ref", ref)
		resp, err := c.hc.Do(req)
		if err == nil {
			if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /v1/payouts is retried by a for loop"
				defer resp.Body.Close()
				var out Payout
				if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
					return nil, err
				}
				return &out, nil
			}
			resp.Body.Close()
			lastErr = fmt.Errorf("razorpayx: payout answered %d", resp.StatusCode)
		} else {
			lastErr = err
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

// GetPayout reads a payout's state.
func (c *Client) GetPayout(ctx context.Context, id string) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.keyID, c.keySecret)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("razorpayx: get payout answered %d", resp.StatusCode)
	}
	var out Payout
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
