// Package flutterwave is a minimal client for Flutterwave v3 transfers.
package flutterwave

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Transfer statuses reported by Flutterwave.
const (
	StatusNew        = "NEW"
	StatusPending    = "PENDING"
	StatusSuccessful = "SUCCESSFUL"
	StatusFailed     = "FAILED"
)

// Client calls the Flutterwave API.
type Client struct {
	base   string
	secret string
	http   *http.Client
}

// New returns a client.
func New(base, secret string) *Client {
	return &Client{base: base, secret: secret, http: &http.Client{Timeout: 20 * time.Second}}
}

// TransferRequest is a bank or mobile-money transfer.
type TransferRequest struct {
	AccountBank   string `json:"account_bank"`
	AccountNumber string `json:"account_number"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Narration     string `json:"narration"`
	Reference     string `json:"reference"`
	CallbackURL   string `json:"callback_url,omitempty"`
}

// Transfer is Flutterwave's view of a transfer.
type Transfer struct {
	ID        int64  `json:"id"`
	Reference string `json:"reference"`
	Status    string `json:"status"`
	Amount    int64  `json:"amount"`
	Message   string `json:"complete_message"`
}

type envelope struct {
	Status  string   `json:"status"`
	Message string   `json:"message"`
	Data    Transfer `json:"data"`
}

// StatusError is a non-2xx answer.
type StatusError struct {
	Code int
	Msg  string
}

func (e *StatusError) Error() string { return fmt.Sprintf("flutterwave: %d %s", e.Code, e.Msg) }

// Retryable reports whether the answer may change.
func (e *StatusError) Retryable() bool { return e.Code == http.StatusTooManyRequests || e.Code >= 500 }

// CreateTransfer sends money out. The reference is the idempotency field.
func (c *Client) CreateTransfer(ctx context.Context, in TransferRequest) (*Transfer, error) {
	buf, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v3/transfers", bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	return c.do(req)
}

// GetTransfer reads one transfer, retrying throttling and server errors.
func (c *Client) GetTransfer(ctx context.Context, id int64) (*Transfer, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v3/transfers/%d", c.base, id), nil)
		if err != nil {
			return nil, err
		}
		t, err := c.do(req)
		if err == nil {
			return t, nil
		}
		se, ok := err.(*StatusError)
		if ok && !se.Retryable() {
			return nil, err
		}
		lastErr = err
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, lastErr
}

func (c *Client) do(req *http.Request) (*Transfer, error) {
	req.Header.Set("Authorization", "Bearer "+c.secret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var env envelope
	_ = json.NewDecoder(resp.Body).Decode(&env)
	if resp.StatusCode/100 != 2 {
		return nil, &StatusError{Code: resp.StatusCode, Msg: env.Message}
	}
	return &env.Data, nil
}
