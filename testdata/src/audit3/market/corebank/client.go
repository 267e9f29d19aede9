// Package corebank talks to the marketplace's payments-core service, which
// owns the wallet balances and books seller withdrawals to the bank.
package corebank

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Client calls payments-core. The retrying client is set up once here.
type Client struct {
	base string
	rc   *retryablehttp.Client
}

// New configures a client that retries up to 4 times with backoff.
func New(base string) *Client {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 4
	rc.RetryWaitMin = 500 * time.Millisecond
	rc.RetryWaitMax = 5 * time.Second
	return &Client{base: base, rc: rc}
}

// Withdrawal is a seller's request to move wallet money to the bank.
type Withdrawal struct {
	ID       string `json:"-"`
	SellerID string `json:"seller_id"`
	Amount   int64  `json:"amount"`
	IBAN     string `json:"iban"`
}

func (c *Client) send(ctx context.Context, method, path string, body any, hdr map[string]string) error {
	buf, _ := json.Marshal(body)
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.rc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("payments-core %s %s: %s", method, path, resp.Status)
	}
	return nil
}

// Withdraw books the bank payout. No key: a retried POST after a lost
// response books a second withdrawal.
func (c *Client) Withdraw(ctx context.Context, wd Withdrawal) error {
	return c.send(ctx, http.MethodPost, "/v1/payouts", wd, nil) // want "\\[idempotency\\] POST /v1/payouts is retried by the retryablehttp.Client \\(line 63\\) without an idempotency key"
}

// WithdrawKeyed carries the withdrawal id as the idempotency key.
func (c *Client) WithdrawKeyed(ctx context.Context, wd Withdrawal) error {
	return c.send(ctx, http.MethodPost, "/v1/payouts", wd, map[string]string{"Idempotency-Key": "wd-" + wd.ID})
}

// Notify posts an in-app notification; repeating it is harmless.
func (c *Client) Notify(ctx context.Context, sellerID, text string) error {
	return c.send(ctx, http.MethodPost, "/v1/notifications", map[string]string{"seller_id": sellerID, "text": text}, nil)
}
