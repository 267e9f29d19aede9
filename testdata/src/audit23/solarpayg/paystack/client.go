// Package paystack calls Paystack's REST API (Nigeria).
package paystack

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// Client is a Paystack client.
type Client struct {
	base   string
	secret string
	hc     *http.Client
}

// New builds a client.
func New(base, secret string) *Client {
	return &Client{base: base, secret: secret, hc: &http.Client{Timeout: 30 * time.Second}}
}

// Secret is the key Paystack signs webhooks with.
func (c *Client) Secret() string { return c.secret }

func (c *Client) do(ctx context.Context, method, path string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.secret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, &APIError{Method: method, Path: path, Code: resp.StatusCode, Body: string(b)}
	}
	return resp.StatusCode, json.NewDecoder(resp.Body).Decode(out)
}

// APIError is a non-2xx answer.
type APIError struct {
	Method, Path string
	Code         int
	Body         string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("paystack %s %s: http %d: %s", e.Method, e.Path, e.Code, e.Body)
}

// InitializeRequest starts a hosted checkout.
type InitializeRequest struct {
	Email       string `json:"email"`
	Amount      int64  `json:"amount"` // kobo
	Currency    string `json:"currency"`
	Reference   string `json:"reference"`
	CallbackURL string `json:"callback_url"`
	Metadata    any    `json:"metadata,omitempty"`
}

// Initialized is Paystack's answer to initialize.
type Initialized struct {
	AuthorizationURL string `json:"authorization_url"`
	AccessCode       string `json:"access_code"`
	Reference        string `json:"reference"`
}

// Initialize starts a checkout; the reference is ours and stays the same on a retry,
// so Paystack answers a duplicate reference instead of opening a second one.
func (c *Client) Initialize(ctx context.Context, in InitializeRequest) (*Initialized, error) {
	var out struct {
		Data Initialized `json:"data"`
	}
	op := func() error {
		code, err := c.do(ctx, http.MethodPost, "/transaction/initialize", in, &out)
		if err != nil && code != 0 && code < 500 && code != http.StatusTooManyRequests {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.NewExponentialBackOff(backoff.WithInitialInterval(time.Second), backoff.WithMaxElapsedTime(30*time.Second))
	if err := backoff.Retry(op, backoff.WithContext(b, ctx)); err != nil { // audit: lookalike retrystatus: only network errors, 5xx and 429 go round, 4xx are Permanent; the reference is the caller's and the same on every attempt
		return nil, err
	}
	return &out.Data, nil
}

// Verification is the state of a transaction.
type Verification struct {
	ID        int64  `json:"id"`
	Reference string `json:"reference"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Status    string `json:"status"` // success, failed, abandoned, ongoing, pending
	PaidAt    string `json:"paid_at"`
	Metadata  struct {
		AccountID string `json:"account_id"`
	} `json:"metadata"`
}

// Verify reads a transaction by reference.
func (c *Client) Verify(ctx context.Context, reference string) (*Verification, error) {
	var out struct {
		Status bool         `json:"status"`
		Data   Verification `json:"data"`
	}
	if _, err := c.do(ctx, http.MethodGet, "/transaction/verify/"+reference, nil, &out); err != nil {
		return nil, err
	}
	return &out.Data, nil
}

// TransferRequest pays an agent's bank account.
type TransferRequest struct {
	Source    string `json:"source"`
	Amount    int64  `json:"amount"`
	Recipient string `json:"recipient"`
	Reason    string `json:"reason"`
	Currency  string `json:"currency"`
	Reference string `json:"reference,omitempty"`
}

// Transfer initiates a transfer.
func (c *Client) Transfer(ctx context.Context, t TransferRequest) (string, error) {
	var out struct {
		Data struct {
			TransferCode string `json:"transfer_code"`
			Status       string `json:"status"`
		} `json:"data"`
	}
	if _, err := c.do(ctx, http.MethodPost, "/transfer", t, &out); err != nil {
		return "", err
	}
	return out.Data.TransferCode, nil
}

// Sign computes x-paystack-signature for a body.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha512.New, []byte(secret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// ValidSignature reports whether the header signs the body.
func ValidSignature(secret string, body []byte, header string) bool {
	return hmac.Equal([]byte(Sign(secret, body)), []byte(header))
}
