// Package bankx is a hand-written client of a bank's disbursement API
// that re-sends a disbursement itself, with the caller's dedupe key in
// Idempotency-Key on every attempt of its own loop.
package bankx

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client calls the bank.
type Client struct {
	base string
	hc   *http.Client
}

// New returns a Client.
func New(base string) *Client {
	return &Client{base: base, hc: &http.Client{Timeout: 15 * time.Second}}
}

// Disbursement is money sent to a tutor's or driver's account.
type Disbursement struct {
	Account string `json:"account"`
	Amount  int64  `json:"amount"`
}

// Disburse sends d, keyed by dedupe, re-sending it on 5xx.
func (c *Client) Disburse(ctx context.Context, d Disbursement, dedupe string) (string, error) {
	body, err := json.Marshal(d)
	if err != nil {
		return "", err
	}
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/disbursements", bytes.NewReader(body))
		if err != nil {
			return "", err
		}
		req.Header.Set("Idempotency-Key", dedupe)
		resp, err := c.hc.Do(req)
		if err != nil {
			time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode < 300 {
			return "ok", nil
		}
		if resp.StatusCode < 500 {
			return "", fmt.Errorf("bankx: %s", resp.Status)
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return "", fmt.Errorf("bankx: gave up")
}
