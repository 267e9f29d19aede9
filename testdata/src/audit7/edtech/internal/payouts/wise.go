package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// Wise is our client of the Wise Platform API (transfers to bank accounts).
type Wise struct {
	Base      string
	Token     string
	ProfileID int64
	HTTP      *http.Client
}

type transferRequest struct {
	TargetAccount         int64  `json:"targetAccount"`
	QuoteUUID             string `json:"quoteUuid"`
	CustomerTransactionID string `json:"customerTransactionId"`
	Details               struct {
		Reference string `json:"reference"`
	} `json:"details"`
}

// WiseTransfer is the created transfer.
type WiseTransfer struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
}

// CreateTransfer books a transfer for a quote; Wise dedupes on
// customerTransactionId.
func (c *Wise) CreateTransfer(ctx context.Context, in Instructor, quoteID, reference string) (*WiseTransfer, error) {
	var out WiseTransfer
	op := func() error {
		tr := transferRequest{TargetAccount: in.WiseRecipient, QuoteUUID: quoteID, CustomerTransactionID: uuid.NewString()}
		tr.Details.Reference = reference
		body, _ := json.Marshal(tr)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/transfers", bytes.NewReader(body))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+c.Token)
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.HTTP.Do(req) // want "\\[idempotency\\] POST /v1/transfers is retried by backoff.Retry .* made anew" "\\[retrybackoff\\] POST /v1/transfers is retried by backoff.Retry .* every 200ms"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /v1/transfers is retried by backoff.Retry .*every non-2xx status"
			return fmt.Errorf("wise: create transfer: %s", resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	b := backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), 5)
	if err := backoff.Retry(op, backoff.WithContext(b, ctx)); err != nil {
		return nil, err
	}
	return &out, nil
}

// Fund pays a created transfer from the balance; Wise funds a transfer
// once, and we only retry 5xx.
func (c *Wise) Fund(ctx context.Context, transferID int64) error {
	url := fmt.Sprintf("%s/v3/profiles/%d/transfers/%d/payments", c.Base, c.ProfileID, transferID)
	body := []byte(`{"type":"BALANCE"}`)
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.Token)
		req.Header.Set("X-Idempotence-Uuid", fmt.Sprintf("fund-%d", transferID))
		resp, err := c.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				if resp.StatusCode >= 300 {
					return fmt.Errorf("wise: fund %d: %s", transferID, resp.Status)
				}
				return nil
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("wise: fund %d: gave up", transferID)
}

// Recipients lists the profile's saved recipients (for the admin page);
// a read, retried quickly.
func (c *Wise) Recipients(ctx context.Context) ([]map[string]any, error) {
	var out []map[string]any
	op := func() error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/accounts?profile=%d", c.Base, c.ProfileID), nil)
		req.Header.Set("Authorization", "Bearer "+c.Token)
		resp, err := c.HTTP.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	return out, backoff.Retry(op, backoff.WithMaxRetries(backoff.NewConstantBackOff(100*time.Millisecond), 3))
}
