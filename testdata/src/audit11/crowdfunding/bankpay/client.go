// Package bankpay is a client for Ferro Bank's payouts API, which pays
// creators who do not have a Stripe account.
package bankpay

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"audit11/crowdfunding/domain"
)

// Client talks to the payouts API.
type Client struct {
	base, apiKey string
	hc           *http.Client
}

func New(base, apiKey string, hc *http.Client) *Client {
	if hc == nil {
		hc = &http.Client{Timeout: 20 * time.Second}
	}
	return &Client{base: base, apiKey: apiKey, hc: hc}
}

// PayoutState is the API's view of a payout.
type PayoutState struct {
	ID    string `json:"id"`
	State string `json:"state"` // pending, settled, rejected, returned
}

func (c *Client) Name() string { return "bank" }

// newPayoutRequest builds POST /v1/payouts. An empty key gets a fresh one.
func (c *Client) newPayoutRequest(ctx context.Context, p *domain.Payout, cr *domain.Creator, rail, key string) (*http.Request, error) {
	b, _ := json.Marshal(map[string]any{
		"amount": p.AmountCents, "currency": p.Currency, "beneficiary": cr.BankAccountRef,
		"rail": rail, "reference": "Backerly payout " + p.CampaignID,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if key == "" {
		key = uuid.NewString()
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	return req, nil
}

// Send submits an instant payout (domain.PayoutRail).
func (c *Client) Send(ctx context.Context, p *domain.Payout, cr *domain.Creator) (string, error) {
	return c.submit(ctx, p, cr, "instant")
}

// SendStandard submits a next-day payout.
func (c *Client) SendStandard(ctx context.Context, p *domain.Payout, cr *domain.Creator) (string, error) {
	return c.submit(ctx, p, cr, "standard")
}

func (c *Client) submit(ctx context.Context, p *domain.Payout, cr *domain.Creator, rail string) (string, error) {
	key := "payout-" + p.ID + "-" + rail
	var out PayoutState
	op := func() error {
		req, err := c.newPayoutRequest(ctx, p, cr, rail, key)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /v1/payouts is retried by backoff.Retry \\(line 92\\): every non-2xx status is retried"
			return fmt.Errorf("bank: create payout: %s", resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return "", err
	}
	return out.ID, nil
}

// Resubmit sends a payout again after the bank returned it (the creator
// has since corrected the account details).
func (c *Client) Resubmit(ctx context.Context, p *domain.Payout, cr *domain.Creator) (string, error) {
	wait := 2 * time.Second
	for attempt := 1; attempt <= 3; attempt++ {
		req, err := c.newPayoutRequest(ctx, p, cr, "standard", "")
		if err != nil {
			return "", err
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /v1/payouts is retried by a for loop \\(line 102\\) without an idempotency key"
		if err == nil && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			var out PayoutState
			err = decode(resp, &out)
			return out.ID, err
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(wait)
		wait *= 2
	}
	return "", fmt.Errorf("bank: resubmit payout %s: gave up", p.ID)
}

// Status reads a payout; rate limits and server errors are retried.
func (c *Client) Status(ctx context.Context, id string) (*PayoutState, error) {
	wait := time.Second
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/payouts/"+id, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
		resp, err := c.hc.Do(req)
		if err == nil && resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode < 500 {
			var st PayoutState
			return &st, decode(resp, &st)
		}
		if resp != nil {
			resp.Body.Close()
		}
		if attempt == 4 {
			return nil, fmt.Errorf("bank: payout %s status unavailable", id)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func decode(resp *http.Response, v any) error {
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		var e struct {
			Detail string `json:"detail"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&e)
		return fmt.Errorf("bank: %d: %s", resp.StatusCode, e.Detail)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

var ErrBadSignature = errors.New("bankpay: bad webhook signature")

// VerifySignature checks X-Ferro-Signature (hex HMAC-SHA256 of the body).
func VerifySignature(body []byte, header, secret string) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	got, err := hex.DecodeString(header)
	if err != nil || !hmac.Equal(got, mac.Sum(nil)) {
		return ErrBadSignature
	}
	return nil
}
