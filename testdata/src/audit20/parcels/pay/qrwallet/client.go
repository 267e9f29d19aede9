// Package qrwallet is our client for the QR wallet aggregator we use for
// PromptPay (TH), DuitNow (MY) and QR Ph: charges, refunds and the signed
// callbacks it sends.
package qrwallet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

const (
	StatusPending  = "PENDING"
	StatusPaid     = "PAID"
	StatusExpired  = "EXPIRED"
	StatusRefunded = "REFUNDED"
)

type Client struct {
	base       string
	merchantID string
	apiKey     string
	hc         *http.Client
}

func New(base, merchantID, apiKey string, hc *http.Client) *Client {
	if hc == nil {
		hc = &http.Client{Timeout: 15 * time.Second}
	}
	return &Client{base: base, merchantID: merchantID, apiKey: apiKey, hc: hc}
}

// Charge is a dynamic QR waiting to be scanned.
type Charge struct {
	ID        string    `json:"id"`
	Reference string    `json:"reference"`
	Amount    int64     `json:"amount"`
	Currency  string    `json:"currency"`
	Status    string    `json:"status"`
	QRString  string    `json:"qr_string"`
	ExpiresAt time.Time `json:"expires_at"`
}

type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("qrwallet: HTTP %d: %s", e.Code, e.Body) }

func (c *Client) do(ctx context.Context, method, path string, body any, key string, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("X-Merchant-Id", c.merchantID)
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return &StatusError{Code: resp.StatusCode, Body: string(raw)}
	}
	if out != nil {
		return json.Unmarshal(raw, out)
	}
	return nil
}

// CreateCharge creates a QR charge valid for ttl.
func (c *Client) CreateCharge(ctx context.Context, ref string, amount int64, currency string, ttl time.Duration, key string) (*Charge, error) {
	var out Charge
	err := c.do(ctx, http.MethodPost, "/v1/charges", map[string]any{
		"reference":       ref,
		"amount":          amount,
		"currency":        currency,
		"expires_in_secs": int(ttl.Seconds()),
	}, key, &out)
	return &out, err
}

// GetCharge reads a charge.
func (c *Client) GetCharge(ctx context.Context, id string) (*Charge, error) {
	var out Charge
	err := c.do(ctx, http.MethodGet, "/v1/charges/"+id, nil, "", &out)
	return &out, err
}

// WaitPaid waits for the buyer to scan and pay.
func (c *Client) WaitPaid(ctx context.Context, id string) (*Charge, error) {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds \\(line 118\\):"
		ch, err := c.GetCharge(ctx, id)
		if err != nil {
			return nil, err
		}
		if ch.Status == StatusPaid {
			return ch, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// Refund returns a paid charge's money. The key is per charge, so a retry
// cannot refund twice.
func (c *Client) Refund(ctx context.Context, chargeID string, amount int64) error {
	key := "rf-" + chargeID
	wait := time.Second
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		req, rerr := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges/"+chargeID+"/refunds",
			bytes.NewReader([]byte(fmt.Sprintf(`{"amount":%d}`, amount))))
		if rerr != nil {
			return rerr
		}
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
		req.Header.Set("X-Merchant-Id", c.merchantID)
		req.Header.Set("Idempotency-Key", key)
		resp, derr := c.hc.Do(req)
		if derr == nil {
			code := resp.StatusCode
			resp.Body.Close()
			if code < 300 { // want "\\[retrystatus\\] POST /v1/charges/\\{\\}/refunds is retried by a for loop \\(line 134\\): every non-2xx"
				return nil
			}
			if code >= 400 { // audit: reported at client.go:147 (retrystatus, the loop's status test): every 4xx (400 bad amount, 404 unknown charge, 422 over-refund) is sent round again like a 5xx
				err = &StatusError{Code: code}
			}
		} else {
			err = derr
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("qrwallet refund %s: %w", chargeID, err)
}
