// Package fleetpayout pays fleet partners (owners who lend cars to the
// platform) their share of rental revenue through the partner bank's
// payout API.
package fleetpayout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"

	"audit10/carrental/platform"
)

// Payout is the partner bank's payout resource.
type Payout struct {
	ID          string `json:"id"`
	Status      string `json:"status"` // pending, processing, paid, failed, returned
	AmountCents int64  `json:"amount_cents"`
	Reference   string `json:"reference"`
}

// PayoutRequest asks for money to be sent to a partner's account.
type PayoutRequest struct {
	PartnerAccount string `json:"destination_account"`
	AmountCents    int64  `json:"amount_cents"`
	Currency       string `json:"currency"`
	Reference      string `json:"reference"`
}

// Adjustment corrects a payout already made (fuel or damage recharged to
// the partner).
type Adjustment struct {
	ID          string `json:"-"`
	PayoutID    string `json:"-"`
	AmountCents int64  `json:"amount_cents"`
	Reason      string `json:"reason"`
}

// Client talks to the payout API.
type Client struct {
	base  string
	token string
	hc    *http.Client
}

// NewClient returns a Client.
func NewClient(base, token string) *Client {
	return &Client{base: base, token: token, hc: &http.Client{Timeout: 20 * time.Second}}
}

func (c *Client) newPayoutRequest(ctx context.Context, p PayoutRequest) (*http.Request, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req, nil
}

// CreatePayout sends a payout, retrying on network errors, 429 and 5xx.
func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) (*Payout, error) {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			time.Sleep(wait)
			wait *= 2
		}
		req, err := c.newPayoutRequest(ctx, p)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /v2/payouts is retried by a for loop \\(line 76\\) but newPayoutRequest makes a new idempotency key"
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			resp.Body.Close()
			lastErr = &platform.StatusError{Code: resp.StatusCode}
			continue
		}
		return decodePayout(resp)
	}
	return nil, fmt.Errorf("create payout: %w", lastErr)
}

// GetPayout reads one payout.
func (c *Client) GetPayout(ctx context.Context, id string) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	return decodePayout(resp)
}

// SubmitAdjustment posts an adjustment on an existing payout.
func (c *Client) SubmitAdjustment(ctx context.Context, adj Adjustment) error {
	body, _ := json.Marshal(adj)
	wait := 2 * time.Second
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost,
			c.base+"/v2/payouts/"+adj.PayoutID+"/adjustments", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Idempotency-Key", "adj-"+adj.ID)
		resp, err := c.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v2/payouts/{}/adjustments is retried by a for loop"
				return nil
			}
			err = &platform.StatusError{Code: resp.StatusCode}
		}
		if attempt == 5 {
			return fmt.Errorf("adjustment %s: %w", adj.ID, err)
		}
		time.Sleep(wait)
		wait *= 2
	}
}

func decodePayout(resp *http.Response) (*Payout, error) {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return nil, &platform.StatusError{Code: resp.StatusCode, Body: string(b)}
	}
	var p Payout
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}
