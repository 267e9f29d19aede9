// Package bankpay is our client for Clearline, the bank-transfer provider
// that pays landlords their revenue share (Faster Payments in the UK, SEPA
// Credit Transfer in NL/DE). Clearline has no Go SDK.
package bankpay

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"audit25/coworking/platform"
)

type Client struct {
	base   string
	apiKey string
	hc     *http.Client
	lookup *retryablehttp.Client
	retry  platform.RetryPolicy
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option           { return func(c *Client) { c.hc = hc } }
func WithRetry(p platform.RetryPolicy) Option         { return func(c *Client) { c.retry = p } }
func WithBaseURL(u string) Option                     { return func(c *Client) { c.base = u } }
func WithLookupClient(r *retryablehttp.Client) Option { return func(c *Client) { c.lookup = r } }

func New(apiKey string, opts ...Option) *Client {
	c := &Client{
		base:   "https://api.clearline.example/v1",
		apiKey: apiKey,
		hc:     &http.Client{Timeout: 20 * time.Second},
		retry:  platform.DefaultRetry,
	}
	for _, o := range opts {
		o(c)
	}
	if c.lookup == nil {
		c.lookup = retryablehttp.NewClient()
		c.lookup.RetryMax = 5
	}
	return c
}

type PayoutRequest struct {
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
	IBAN        string `json:"beneficiary_iban"`
	Name        string `json:"beneficiary_name"`
	Reference   string `json:"reference"`
	ExternalRef string `json:"external_id"`
}

type PayoutResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, processing, paid, failed, returned
}

func requestID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	if method == http.MethodPost {
		req.Header.Set("Idempotency-Key", requestID()) // audit: reported at bankpay/client.go:119, the retried request (and jobs/workers.go:45, the worker re-selecting pending rows) (idempotency): a fresh random key each time the request is built, and CreatePayout builds it inside platform.Retry's callback, so every attempt is a new payout to the landlord; also arguable at jobs/workers.go process, which sends a still-pending row again next pass with no key from the row
	}
	return req, nil
}

func (c *Client) do(req *http.Request, out any) error {
	res, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 4096))
		return &platform.StatusError{Code: res.StatusCode, Body: string(b)}
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// CreatePayout sends one landlord payout.
func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) (*PayoutResponse, error) {
	var out PayoutResponse
	err := platform.Retry(ctx, c.retry, func(ctx context.Context) error {
		req, err := c.newRequest(ctx, http.MethodPost, "/payouts", p)
		if err != nil {
			return err
		}
		return c.do(req, &out) // want "\\[idempotency\\] POST /payouts is retried by platform\\.Retry \\(line 114\\) but newRequest makes"
	})
	if err != nil {
		return nil, fmt.Errorf("clearline payout %s: %w", p.ExternalRef, err)
	}
	return &out, nil
}

// Payout reads a payout's current state.
func (c *Client) Payout(ctx context.Context, id string) (*PayoutResponse, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out PayoutResponse
	if err := c.do(req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// AccountCheck is Clearline's confirmation-of-payee answer.
type AccountCheck struct {
	Match string `json:"match"` // "exact", "close", "none"
	Name  string `json:"name"`
}

// CheckAccount runs a confirmation-of-payee lookup before a landlord's bank
// details are saved. Read-only, so the retrying client is fine here.
func (c *Client) CheckAccount(ctx context.Context, iban, name string) (*AccountCheck, error) {
	body, _ := json.Marshal(map[string]string{"iban": iban, "name": name})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.base+"/account-checks", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	res, err := c.lookup.Do(req) // audit: lookalike idempotency: a confirmation-of-payee lookup, no money moves; the retrying client is harmless here
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out AccountCheck
	return &out, json.NewDecoder(res.Body).Decode(&out)
}
