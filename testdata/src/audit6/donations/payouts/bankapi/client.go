// Package bankapi is our client of the bank's Wise-style transfers API,
// used for the monthly payouts to member charities.
package bankapi

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
	baseURL   string
	profileID string
	apiToken  string
	hc        *http.Client
}

// New builds a client.
func New(baseURL, profileID, token string) *Client {
	return &Client{baseURL: baseURL, profileID: profileID, apiToken: token, hc: &http.Client{Timeout: 30 * time.Second}}
}

// TransferRequest is a payout to one charity's account.
type TransferRequest struct {
	TargetAccount         string `json:"targetAccount"`
	Quote                 string `json:"quoteUuid"`
	CustomerTransactionID string `json:"customerTransactionId"` // the payout row's id
	Reference             string `json:"details.reference"`
}

// Transfer is the bank's answer.
type Transfer struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &buf)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiToken)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// CreateTransfer creates the payout transfer. customerTransactionId makes
// the bank deduplicate it.
func (c *Client) CreateTransfer(ctx context.Context, tr TransferRequest) (*Transfer, error) {
	var out Transfer
	err := c.withRetry(ctx, func() (*http.Response, error) {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/transfers", tr)
		if err != nil {
			return nil, err
		}
		return c.hc.Do(req)
	}, &out)
	if err != nil {
		return nil, fmt.Errorf("transfer %s: %w", tr.CustomerTransactionID, err)
	}
	return &out, nil
}

// FundTransfer pays the transfer from the charity-payouts balance.
func (c *Client) FundTransfer(ctx context.Context, transferID int64) error {
	path := fmt.Sprintf("/v3/profiles/%s/transfers/%d/payments", c.profileID, transferID)
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, path, map[string]string{"type": "BALANCE"})
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", fmt.Sprintf("fund-%d", transferID))
		resp, err := c.hc.Do(req) // want "\\[retrybackoff\\] POST /v3/profiles/\\{\\}/transfers/\\{\\}/payments is retried by a for loop \\(line 78\\) every 250ms"
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				if resp.StatusCode >= 300 {
					return fmt.Errorf("fund %d: %s", transferID, resp.Status)
				}
				return nil
			}
			lastErr = fmt.Errorf("fund %d: %s", transferID, resp.Status)
		} else {
			lastErr = err
		}
		time.Sleep(250 * time.Millisecond)
	}
	return lastErr
}

// Balance reads the payouts balance (a read: retried freely).
func (c *Client) Balance(ctx context.Context, currency string) (int64, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := c.newRequest(ctx, http.MethodGet, "/v4/profiles/"+c.profileID+"/balances?types=STANDARD", nil)
		if err != nil {
			return 0, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		var out []struct {
			Currency string `json:"currency"`
			Amount   int64  `json:"amountMinor"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil {
			lastErr = err
			continue
		}
		for _, b := range out {
			if b.Currency == currency {
				return b.Amount, nil
			}
		}
		return 0, nil
	}
	return 0, lastErr
}
