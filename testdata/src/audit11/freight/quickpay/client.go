// Package quickpay is the client of the fintech that sends carrier
// quick-pay payouts: a payout is created, then followed until it settles.
package quickpay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"audit11/freight/internal/retryx"
)

// Payout statuses.
const (
	StatusPending   = "pending"
	StatusInTransit = "in_transit"
	StatusPaid      = "paid"
	StatusFailed    = "failed"
	StatusReturned  = "returned"
)

// PayoutRequest asks for money to be sent to a carrier.
type PayoutRequest struct {
	Reference   string `json:"reference"`
	AccountID   string `json:"destination_account"`
	AmountCents int64  `json:"amount"`
	Currency    string `json:"currency"`
	Memo        string `json:"memo,omitempty"`
}

// Payout is the fintech's payout resource.
type Payout struct {
	ID          string `json:"id"`
	Reference   string `json:"reference"`
	Status      string `json:"status"`
	AmountCents int64  `json:"amount"`
	FailureCode string `json:"failure_code,omitempty"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("quickpay: %d %s", e.Status, e.Detail) }

// Client calls the payouts API.
type Client struct {
	base        string
	token       string
	hc          *http.Client
	maxAttempts int
	newKey      func() string
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithAttempts sets the number of attempts per request.
func WithAttempts(n int) Option { return func(c *Client) { c.maxAttempts = n } }

// New returns a client for the API at base.
func New(base, token string, opts ...Option) *Client {
	c := &Client{
		base:        base,
		token:       token,
		hc:          &http.Client{Timeout: 20 * time.Second},
		maxAttempts: 3,
		newKey:      uuid.NewString,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) send(ctx context.Context, method, path string, body []byte, out any) error {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < c.maxAttempts; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
			wait *= 2
		}
		req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Content-Type", "application/json")
		if method == http.MethodPost {
			req.Header.Set("Idempotency-Key", c.newKey())
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /v1/payouts \\(sent for quickpay.Client.CreatePayout\\) is retried by a for loop \\(line 92\\) with an idempotency key made anew on every attempt \\(c.newKey\\(\\), line 108\\)"
		if err != nil {
			lastErr = err
			continue
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if retryx.Transient(resp.StatusCode) {
			lastErr = &APIError{Status: resp.StatusCode, Detail: string(data)}
			continue
		}
		if resp.StatusCode >= 300 {
			apiErr := &APIError{Status: resp.StatusCode}
			_ = json.Unmarshal(data, apiErr)
			return apiErr
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(data, out)
	}
	return lastErr
}

// CreatePayout sends money to a carrier.
func (c *Client) CreatePayout(ctx context.Context, r PayoutRequest) (*Payout, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var p Payout
	if err := c.send(ctx, http.MethodPost, "/v1/payouts", body, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// GetPayout reads a payout.
func (c *Client) GetPayout(ctx context.Context, id string) (*Payout, error) {
	var p Payout
	if err := c.send(ctx, http.MethodGet, "/v1/payouts/"+id, nil, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// InstantPayout sends an instant (card-push) payout. The reference is sent
// as the idempotency key.
func (c *Client) InstantPayout(ctx context.Context, r PayoutRequest) (*Payout, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	bo := backoff.WithMaxRetries(backoff.WithContext(backoff.NewExponentialBackOff(), ctx), 4)
	return backoff.RetryWithData(func() (*Payout, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts/instant", bytes.NewReader(body))
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		req.Header.Set("Idempotency-Key", "instant-"+r.Reference)
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /v1/payouts/instant is retried by backoff.RetryWithData \\(line 164\\): every non-2xx status is retried"
			return nil, fmt.Errorf("quickpay: instant payout %s: status %d", r.Reference, resp.StatusCode)
		}
		var p Payout
		if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
			return nil, backoff.Permanent(err)
		}
		return &p, nil
	}, bo)
}

var errStillPending = errors.New("quickpay: payout pending")

// ErrPayoutFailed is returned when a payout fails or bounces.
var ErrPayoutFailed = errors.New("quickpay: payout failed")

// WaitPayout follows a payout until it is paid or fails.
func (c *Client) WaitPayout(ctx context.Context, id string) (*Payout, error) {
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval = 5 * time.Second
	bo.MaxInterval = 2 * time.Minute
	bo.MaxElapsedTime = 0
	return backoff.RetryWithData(func() (*Payout, error) { // want "\\[pollbound\\] backoff.Retry polling payment id has no bound"
		p, err := c.GetPayout(ctx, id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case StatusPaid:
			return p, nil
		case StatusFailed, StatusReturned:
			return p, backoff.Permanent(fmt.Errorf("%w: %s", ErrPayoutFailed, p.FailureCode))
		}
		return nil, errStillPending
	}, bo)
}

// PayAndWait sends a payout and waits for it to settle.
func (c *Client) PayAndWait(ctx context.Context, r PayoutRequest) (*Payout, error) {
	p, err := c.CreatePayout(ctx, r)
	if err != nil {
		return nil, err
	}
	return c.WaitPayout(ctx, p.ID)
}

// LinkBankAccount exchanges a bank OAuth code for a payout destination
// attached to the carrier.
func (c *Client) LinkBankAccount(ctx context.Context, carrierID, code string) error {
	body, err := json.Marshal(map[string]string{"external_id": carrierID, "authorization_code": code})
	if err != nil {
		return err
	}
	return c.send(ctx, http.MethodPost, "/v1/destinations/link", body, nil)
}
