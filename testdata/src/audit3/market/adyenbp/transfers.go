// Package adyenbp pays sellers' balance accounts out to their bank through
// Adyen for Platforms (Balance Platform Transfers API over REST).
package adyenbp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const transfersURL = "https://balanceplatform-api-test.adyen.com/btl/v4/transfers"

// Payout is a payout row of the seller_payouts table.
type Payout struct {
	ID               string
	BalanceAccountID string
	TransferInstrID  string
	AmountMinor      int64
	Currency         string
}

// Client sends transfers with the platform API key.
type Client struct {
	APIKey string
	HC     *http.Client
}

func (c *Client) transferReq(ctx context.Context, p Payout) (*http.Request, error) {
	body, _ := json.Marshal(map[string]any{
		"amount":           map[string]any{"value": p.AmountMinor, "currency": p.Currency},
		"balanceAccountId": p.BalanceAccountID,
		"category":         "bank",
		"counterparty":     map[string]any{"transferInstrumentId": p.TransferInstrID},
		"reference":        p.ID,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, transfersURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", c.APIKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", "payout-"+p.ID)
	return req, nil
}

// PayOut sends the payout, hammering Adyen until it answers 200.
func (c *Client) PayOut(ctx context.Context, p Payout) error {
	for attempt := 0; attempt < 5; attempt++ {
		req, err := c.transferReq(ctx, p)
		if err != nil {
			return err
		}
		resp, err := c.HC.Do(req) // want "\\[retrybackoff\\] POST /btl/v4/transfers is retried by a for loop \\(line 51\\) with no wait"
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /btl/v4/transfers is retried by a for loop"
			continue
		}
		return nil
	}
	return fmt.Errorf("payout %s: gave up", p.ID)
}

// PayOutCareful retries 5xx and 429 only, with a growing wait.
func (c *Client) PayOutCareful(ctx context.Context, p Payout) error {
	wait := time.Second
	for attempt := 0; attempt < 5; attempt++ {
		req, err := c.transferReq(ctx, p)
		if err != nil {
			return err
		}
		resp, err := c.HC.Do(req)
		if err == nil {
			resp.Body.Close()
			switch {
			case resp.StatusCode < 300:
				return nil
			case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			default:
				return fmt.Errorf("payout %s rejected: %s", p.ID, resp.Status)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return fmt.Errorf("payout %s: gave up", p.ID)
}
