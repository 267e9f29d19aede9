// Package momo is a client for the mobile-money aggregator that pays
// wallets on M-Pesa, MTN MoMo and Airtel Money.
package momo

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"

	"audit9/remittance/platform"
)

// Disbursement statuses reported by the aggregator.
const (
	StatusPending    = "PENDING"
	StatusSuccessful = "SUCCESSFUL"
	StatusFailed     = "FAILED"
	StatusReversed   = "REVERSED"
)

type config struct {
	retries int
	timeout time.Duration
	country string
}

// Option configures the client.
type Option func(*config)

// WithRetries sets how many times a request is re-sent on a network error
// or a bad status.
func WithRetries(n int) Option { return func(c *config) { c.retries = n } }

// WithTimeout sets the per-request timeout.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithCountry sets the default country for disbursements.
func WithCountry(cc string) Option { return func(c *config) { c.country = cc } }

// Client is the aggregator client.
type Client struct {
	rc      *resty.Client
	country string
}

// New returns a client authenticated with apiKey.
func New(baseURL, apiKey string, opts ...Option) *Client {
	cfg := config{retries: 3, timeout: 25 * time.Second, country: "KE"}
	for _, o := range opts {
		o(&cfg)
	}
	rc := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(apiKey).
		SetTimeout(cfg.timeout).
		SetRetryCount(cfg.retries).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(10 * time.Second)
	return &Client{rc: rc, country: cfg.country}
}

// DisbursementRequest pays a mobile wallet.
type DisbursementRequest struct {
	MSISDN    string `json:"msisdn"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Network   string `json:"network"`
	Country   string `json:"country"`
	Narration string `json:"narration"`
}

// Disbursement is the aggregator's record of a payout.
type Disbursement struct {
	ID            string `json:"id"`
	Status        string `json:"status"`
	FailureReason string `json:"failure_reason"`
}

// Disburse sends money to a wallet.
func (c *Client) Disburse(ctx context.Context, req DisbursementRequest) (*Disbursement, error) {
	if req.Country == "" {
		req.Country = c.country
	}
	var out Disbursement
	resp, err := c.rc.R(). // want "\\[idempotency\\] POST /v1/disbursements is retried by the resty client with SetRetryCount\\(cfg.retries\\) \\(3 by default\\) \\(line 54\\) without an idempotency key"
				SetContext(ctx).
				SetBody(req).
				SetResult(&out).
				Post("/v1/disbursements") // (reported at the chain's start above) the disbursement POST goes through a resty client built with SetRetryCount(cfg.retries) (3 by default, New above) and carries no idempotency key, so a timeout after the aggregator accepted it is re-sent and the wallet is paid twice (Tally "Never retry a write without an idempotency_key")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, &platform.StatusError{Status: resp.StatusCode(), Body: resp.String()}
	}
	return &out, nil
}

// Disbursement reads a payout's status.
func (c *Client) Disbursement(ctx context.Context, id string) (*Disbursement, error) {
	var out Disbursement
	resp, err := c.rc.R().
		SetContext(ctx).
		SetResult(&out).
		SetPathParam("id", id).
		Get("/v1/disbursements/{id}")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, &platform.StatusError{Status: resp.StatusCode(), Body: resp.String()}
	}
	return &out, nil
}

// LookupName asks the network for the registered name of a wallet, shown
// to the sender before they confirm.
func (c *Client) LookupName(ctx context.Context, msisdn, network string) (string, error) {
	var out struct {
		Name string `json:"name"`
	}
	resp, err := c.rc.R().
		SetContext(ctx).
		SetQueryParams(map[string]string{"msisdn": msisdn, "network": network}).
		SetResult(&out).
		Get("/v1/wallets/lookup")
	if err != nil {
		return "", err
	}
	if resp.IsError() {
		return "", fmt.Errorf("lookup %s: %s", msisdn, resp.Status())
	}
	return out.Name, nil
}
