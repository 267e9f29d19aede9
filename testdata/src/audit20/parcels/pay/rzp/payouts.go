package rzp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/google/uuid"
)

// PayoutRequest is a RazorpayX payout to a seller's fund account.
type PayoutRequest struct {
	FundAccountID  string
	AmountPaise    int64
	Mode           string // IMPS, NEFT, UPI
	Purpose        string
	Reference      string
	Narration      string
	IdempotencyKey string
}

type Payout struct {
	ID          string `json:"id"`
	Status      string `json:"status"` // queued, pending, processing, processed, reversed, rejected, cancelled, failed
	Amount      int64  `json:"amount"`
	ReferenceID string `json:"reference_id"`
	UTR         string `json:"utr"`
}

type apiError struct {
	Status int
	Body   string
}

func (e *apiError) Error() string { return fmt.Sprintf("razorpayx: %d: %s", e.Status, e.Body) }

// StatusCode lets callers decide whether the failure is worth another try.
func (e *apiError) StatusCode() int { return e.Status }

func (c *Client) newPayoutRequest(ctx context.Context, p PayoutRequest) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{
		"account_number":       c.account,
		"fund_account_id":      p.FundAccountID,
		"amount":               p.AmountPaise,
		"currency":             "INR",
		"mode":                 p.Mode,
		"purpose":              p.Purpose,
		"queue_if_low_balance": true,
		"reference_id":         p.Reference,
		"narration":            p.Narration,
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, xBaseURL+"/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.keyID, c.secret)
	req.Header.Set("Content-Type", "application/json")
	key := p.IdempotencyKey
	if key == "" {
		key = uuid.NewString()
	}
	req.Header.Set("X-Payout-Idempotency", key)
	return req, nil
}

// CreatePayout sends a payout. Payouts are idempotent on X-Payout-Idempotency.
func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) (*Payout, error) {
	req, err := c.newPayoutRequest(ctx, p)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return nil, &apiError{Status: resp.StatusCode, Body: string(raw)}
	}
	var out Payout
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetPayout reads a payout's current state.
func (c *Client) GetPayout(ctx context.Context, id string) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, xBaseURL+"/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.keyID, c.secret)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(resp.Body)
		return nil, &apiError{Status: resp.StatusCode, Body: string(raw)}
	}
	var out Payout
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
