// Package aupay is our client for Wattle Pay, the Australian card gateway
// the AU sites use for counter payments and tokenised monthly rent.
package aupay

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	retryablehttp "github.com/hashicorp/go-retryablehttp"

	"audit21/storage/platform"
)

// Client is the Wattle Pay REST client.
type Client struct {
	base string
	key  string
	http *retryablehttp.Client
	log  *slog.Logger
}

// Option configures the client.
type Option func(*Client)

// WithTimeout sets the per-request timeout.
func WithTimeout(d time.Duration) Option {
	return func(c *Client) { c.http.HTTPClient.Timeout = d }
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// NewClient returns a client. Transport errors, 429 and 5xx are retried by
// the underlying retryablehttp client.
func NewClient(base, key string, opts ...Option) *Client {
	rc := retryablehttp.NewClient()
	rc.HTTPClient = &http.Client{Timeout: 20 * time.Second}
	rc.RetryMax = 4
	rc.RetryWaitMin = time.Second
	rc.RetryWaitMax = 15 * time.Second
	rc.Logger = nil
	rc.CheckRetry = checkRetry
	c := &Client{base: base, key: key, http: rc, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return true, nil
	}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 { // audit: lookalike retrystatus: the gateway client retries only 429 and 5xx
		return true, nil
	}
	return false, nil
}

// Txn is a gateway transaction.
type Txn struct {
	ID        string `json:"id"`
	Reference string `json:"reference"`
	Status    string `json:"status"` // PENDING, APPROVED, DECLINED, REVERSED
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Message   string `json:"message"`
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("wattlepay: %d: %s", e.Status, e.Body) }

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*retryablehttp.Request, error) {
	var raw []byte
	if body != nil {
		var err error
		if raw, err = json.Marshal(body); err != nil {
			return nil, err
		}
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, raw)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func decode[T any](resp *http.Response) (T, error) {
	var out T
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return out, &APIError{Status: resp.StatusCode, Body: string(b)}
	}
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// PurchaseRequest is a once-off card payment taken at the counter terminal.
type PurchaseRequest struct {
	TerminalID string `json:"terminal_id"`
	Amount     int64  `json:"amount"`
	Currency   string `json:"currency"`
	Reference  string `json:"reference"`
}

// Purchase starts a terminal purchase; the reference doubles as the
// idempotency key (Wattle Pay dedupes POSTs on the Idempotency-Key header
// for 24 hours).
func (c *Client) Purchase(ctx context.Context, p PurchaseRequest) (*Txn, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/purchases", p)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", p.Reference)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	t, err := decode[Txn](resp)
	return &t, err
}

// TokenCharge charges a stored card token (monthly rent).
type TokenCharge struct {
	Token     string            `json:"card_token"`
	Amount    int64             `json:"amount"`
	Currency  string            `json:"currency"`
	Narrative string            `json:"statement_narrative"`
	Recurring bool              `json:"recurring"`
	Metadata  map[string]string `json:"metadata,omitempty"`
}

// ChargeToken charges a stored card.
func (c *Client) ChargeToken(ctx context.Context, ch TokenCharge) (*Txn, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/charges", ch)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req) // want "\\[idempotency\\] POST /v1/charges is retried by the retryablehttp\\.Client \\(line 41\\) without"
	if err != nil {
		return nil, err
	}
	t, err := decode[Txn](resp)
	return &t, err
}

// Status reads a transaction.
func (c *Client) Status(ctx context.Context, id string) (*Txn, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v1/transactions/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	t, err := decode[Txn](resp)
	return &t, err
}

// Refund refunds part or all of a transaction. refundID is ours and stays
// the same for the life of the refund request.
func (c *Client) Refund(ctx context.Context, txnID string, amount int64, refundID string) error {
	key := "refund-" + refundID // audit: lookalike idempotency: key from our refund id, made once, sent on every attempt
	return platform.Retry(ctx, platform.DefaultRetry, func(ctx context.Context) error {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/transactions/"+txnID+"/refunds",
			map[string]any{"amount": amount, "reference": refundID})
		if err != nil {
			return platform.Stop(err)
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 { // want "\\[retrystatus\\] POST /v1/transactions/\\{\\}/refunds is retried by platform\\.Retry \\(line 180\\):"
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			return &APIError{Status: resp.StatusCode, Body: string(b)}
		}
		return nil
	})
}
