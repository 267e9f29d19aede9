// Package pullach funds wallets by pulling money from the customer's bank
// account (ACH debit against a signed mandate).
package pullach

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

type Debit struct {
	ID        string `json:"-"`
	MandateID string `json:"mandate_id"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Status    string `json:"status,omitempty"`
	BankRef   string `json:"id,omitempty"`
}

type Client struct {
	base   string
	apiKey string
	hc     *http.Client
}

func NewClient(base, apiKey string) *Client {
	return &Client{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 20 * time.Second}}
}

// CreateDebit pulls the amount from the customer's account.
func (c *Client) CreateDebit(ctx context.Context, d Debit) (*Debit, error) {
	payload, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	var out Debit
	op := func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/debits", bytes.NewReader(payload))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
		req.Header.Set("Idempotency-Key", "debit-"+d.ID)
		resp, err := c.hc.Do(req) // want "\\[retrybackoff\\] POST /v1/debits is retried by backoff.Retry \\(line 60\\) every 200ms, a fixed wait that does not grow"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /v1/debits is retried by backoff.Retry \\(line 60\\): every non-2xx status is retried, including 400/404/422"
			return fmt.Errorf("debit %s: status %d", d.ID, resp.StatusCode)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), 5), ctx) // (audit: retrybackoff, reported at line 49): a constant 200ms backoff between attempts of a payment write (POST /v1/debits): fixed, sub-second, never grows
	if err := backoff.Retry(op, b); err != nil {
		return nil, err
	}
	return &out, nil
}

// GetMandate reads a mandate; it is not a payment, and the bank's mandate
// endpoint is slow to become consistent after signing, so 404 is retried.
func (c *Client) GetMandate(ctx context.Context, id string) (map[string]any, error) {
	var out map[string]any
	op := func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/mandates/"+id, nil)
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("mandate %s: status %d", id, resp.StatusCode)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	err := backoff.Retry(op, backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), 10))
	return out, err
}
