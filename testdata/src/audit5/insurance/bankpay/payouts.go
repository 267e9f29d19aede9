package bankpay

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Payout pays one approved claim.
type Payout struct {
	ClaimID       string `json:"reference"`
	AmountMinor   int64  `json:"amount"`
	Currency      string `json:"currency"`
	SortCode      string `json:"sort_code"`
	AccountNumber string `json:"account_number"`
	Payee         string `json:"payee_name"`
}

type PayoutResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// PayClaim sends the payout for a claim the assessor approved.
func (c *Client) PayClaim(ctx context.Context, p Payout) (*PayoutResult, error) {
	resp, err := do(4, func() (*http.Response, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/payouts", p)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return c.http.Do(req) // want "\\[idempotency\\] POST /v2/payouts is retried by do \\(line 29\\) with an idempotency key made anew on every attempt" "\\[retrybackoff\\] POST /v2/payouts is retried by do \\(line 29\\) with no wait between attempts"
	})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out PayoutResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// PayClaimV2 keeps one key per claim and only retries what can change.
func (c *Client) PayClaimV2(ctx context.Context, p Payout) (*PayoutResult, error) {
	key := "claim-payout-" + p.ClaimID
	wait := time.Second
	for attempt := 1; ; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/payouts", p)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.http.Do(req)
		switch {
		case err != nil:
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			resp.Body.Close()
		case resp.StatusCode >= 400:
			defer resp.Body.Close()
			return nil, decodeError(resp)
		default:
			defer resp.Body.Close()
			var out PayoutResult
			return &out, json.NewDecoder(resp.Body).Decode(&out)
		}
		if attempt == 5 {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}
