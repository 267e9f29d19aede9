// Package razorpayx is a client for RazorpayX payouts to partner pharmacies.
package razorpayx

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"audit24/pharmacy24/platform"
)

type Payout struct {
	AccountNumber  string            `json:"account_number"`
	FundAccountID  string            `json:"fund_account_id"`
	Amount         int64             `json:"amount"`
	Currency       string            `json:"currency"`
	Mode           string            `json:"mode"`
	Purpose        string            `json:"purpose"`
	ReferenceID    string            `json:"reference_id"`
	Notes          map[string]string `json:"notes,omitempty"`
	IdempotencyKey string            `json:"-"`
}

type PayoutResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	UTR    string `json:"utr"`
}

type Client struct {
	hc      *http.Client
	base    string
	keyID   string
	secret  string
	account string
}

func New(keyID, secret, account string) *Client {
	return &Client{
		hc:      &http.Client{Timeout: 30 * time.Second},
		base:    "https://api.razorpay.com/v1",
		keyID:   keyID,
		secret:  secret,
		account: account,
	}
}

func requestID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (c *Client) newPayoutRequest(ctx context.Context, p Payout) (*http.Request, error) {
	if p.AccountNumber == "" {
		p.AccountNumber = c.account
	}
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.keyID, c.secret)
	req.Header.Set("Content-Type", "application/json")
	key := p.IdempotencyKey
	if key == "" {
		key = requestID() // audit: reported at workers/settle.go:46, the retried call (idempotency): the settlement job (workers/settle.go) sends payouts without a key and retries CreatePayout under backoff.Retry, so each attempt gets a new X-Payout-Idempotency (also arguable at the backoff.Retry call in workers)
	}
	req.Header.Set("X-Payout-Idempotency", key)
	return req, nil
}

// CreatePayout sends one payout.
func (c *Client) CreatePayout(ctx context.Context, p Payout) (*PayoutResult, error) {
	req, err := c.newPayoutRequest(ctx, p)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(resp.Body)
		return nil, &platform.StatusError{Code: resp.StatusCode, Body: buf.String()}
	}
	var out PayoutResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// GetPayout reads a payout's state.
func (c *Client) GetPayout(ctx context.Context, id string) (*PayoutResult, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.keyID, c.secret)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out PayoutResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
