// Package paystack is a hand-written client for the parts of the Paystack
// REST API the marketplace uses: transactions, recurring charges, refunds
// and transfers to farmers.
package paystack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// VerifyGap is how long to leave between two verifications of the same
// pending charge.
const VerifyGap = 1500 * time.Millisecond

// Client is a Paystack API client.
type Client struct {
	base    string
	secret  string
	hc      *http.Client
	retries int
	newRef  func() string
}

// Option configures a Client.
type Option func(*Client)

// WithRetries sets how many times a transient failure is retried.
func WithRetries(n int) Option { return func(c *Client) { c.retries = n } }

// WithReferences sets the generator of transfer references.
func WithReferences(f func() string) Option { return func(c *Client) { c.newRef = f } }

// New returns a client for the given secret key.
func New(secret string, opts ...Option) *Client {
	c := &Client{
		base:    "https://api.paystack.co",
		secret:  secret,
		hc:      &http.Client{Timeout: 25 * time.Second},
		retries: 2,
		newRef:  uuid.NewString,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// APIError is a non-2xx answer or a false status envelope.
type APIError struct {
	Status  int
	Message string
}

func (e *APIError) Error() string { return fmt.Sprintf("paystack: %d %s", e.Status, e.Message) }

// Temporary reports whether a call may succeed when sent again.
func Temporary(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Status == http.StatusTooManyRequests || ae.Status >= 500
	}
	return err != nil
}

type envelope struct {
	Status  bool            `json:"status"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

// call sends one request, retrying transient failures up to attempts times
// with a doubling wait. The body is encoded once so every attempt is the
// same request.
func (c *Client) call(ctx context.Context, method, path string, in, out any, attempts int) error {
	var payload []byte
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		payload = b
	}
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < attempts; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(wait):
			}
			wait *= 2
		}
		req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(payload))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+c.secret)
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.hc.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			lastErr = &APIError{Status: resp.StatusCode, Message: string(raw)}
			continue
		}
		var env envelope
		if err := json.Unmarshal(raw, &env); err != nil {
			return err
		}
		if resp.StatusCode >= 300 || !env.Status {
			return &APIError{Status: resp.StatusCode, Message: env.Message}
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(env.Data, out)
	}
	return lastErr
}
