// Package bankapi is our thin client for the partner bank's REST API, used
// to pay organisers whose country Stripe Connect does not cover.
package bankapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type Client struct {
	base  string
	token string
	http  *http.Client
}

func New(base, token string) *Client {
	return &Client{base: base, token: token, http: &http.Client{Timeout: 15 * time.Second}}
}

type PayoutRequest struct {
	Reference string `json:"reference"`
	IBAN      string `json:"iban"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
}

type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// CreatePayout sends money to an organiser's account. The reference doubles
// as the bank's idempotency key.
func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) (*Payout, error) {
	body, _ := json.Marshal(p)
	var out Payout
	err := c.withRetry(ctx, func() (*http.Response, error) { // (audit: retrystatus, the payout POST retried on every non-200 answer: reported at withRetry's status condition, line 62)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Idempotency-Key", p.Reference)
		return c.http.Do(req)
	}, &out)
	return &out, err
}

// withRetry retries until the bank answers 200, doubling the wait.
func (c *Client) withRetry(ctx context.Context, do func() (*http.Response, error), out any) error {
	wait := time.Second
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := do()
		if err == nil {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/payouts is retried by withRetry \\(line 42\\): every non-2xx status is retried, including 400/404/422"
				return json.Unmarshal(data, out)
			}
			err = fmt.Errorf("bank: status %d: %s", resp.StatusCode, data)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return fmt.Errorf("bank: gave up")
}
