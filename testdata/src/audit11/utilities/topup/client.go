// Package topup sells prepaid electricity and water credit for smart
// meters, paid by mobile money through the payment aggregator's REST API.
package topup

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"audit11/utilities/billing"
	"audit11/utilities/platform"
)

// Collection states reported by the aggregator.
const (
	StatusPending    = "PENDING"
	StatusSuccessful = "SUCCESSFUL"
	StatusFailed     = "FAILED"
	StatusExpired    = "EXPIRED"
)

// Collection is a mobile-money collection (a payment prompt on the
// customer's handset).
type Collection struct {
	ID            string `json:"id"`
	Reference     string `json:"reference"`
	Status        string `json:"status"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	MSISDN        string `json:"msisdn"`
	FailureReason string `json:"failure_reason,omitempty"`
}

// Client is a hand-written client of the aggregator's v1 API.
type Client struct {
	base   string
	apiKey string
	hc     *http.Client
	retry  platform.Policy
}

func NewClient(base, apiKey string, retry platform.Policy) *Client {
	return &Client{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 20 * time.Second}, retry: retry}
}

type apiError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *apiError) Error() string { return fmt.Sprintf("aggregator %d: %s", e.Status, e.Detail) }

func decodeError(resp *http.Response) error {
	e := &apiError{Status: resp.StatusCode}
	_ = json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(e)
	return e
}

func (c *Client) newCollectionRequest(ctx context.Context, t *billing.TopUp) (*http.Request, error) {
	body, err := json.Marshal(map[string]any{
		"reference": t.ID,
		"msisdn":    t.MSISDN,
		"amount":    t.AmountMinor,
		"currency":  t.Currency,
		"narration": "Prepaid meter " + t.MeterID,
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/collections", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req, nil
}

// CreateCollection sends the payment prompt to the customer's handset.
func (c *Client) CreateCollection(ctx context.Context, t *billing.TopUp) (*Collection, error) {
	var out Collection
	err := c.retry.Do(ctx, func(ctx context.Context) error {
		req, err := c.newCollectionRequest(ctx, t)
		if err != nil {
			return platform.Stop(err)
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /v1/collections is retried by platform.Policy.Do \\(line 90\\) but newCollectionRequest makes a new idempotency key on every call"
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			return decodeError(resp)
		case resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK:
			return platform.Stop(decodeError(resp))
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// GetCollection reads one collection.
func (c *Client) GetCollection(ctx context.Context, id string) (*Collection, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/collections/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, decodeError(resp)
	}
	var col Collection
	if err := json.NewDecoder(resp.Body).Decode(&col); err != nil {
		return nil, err
	}
	return &col, nil
}

// Refund sends money of a successful collection back to the customer's wallet.
func (c *Client) Refund(ctx context.Context, collectionID, refundID string, amountMinor int64) error {
	body, err := json.Marshal(map[string]any{"amount": amountMinor, "reason": "meter_vend_failed"})
	if err != nil {
		return err
	}
	op := func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost,
			c.base+"/v1/collections/"+collectionID+"/refunds", bytes.NewReader(body))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", "refund-"+refundID)
		resp, err := c.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 { // want "\\[retrystatus\\] POST /v1/collections/\\{\\}/refunds is retried by backoff.Retry \\(line 161\\): every non-2xx status is retried"
			return decodeError(resp)
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx))
}
