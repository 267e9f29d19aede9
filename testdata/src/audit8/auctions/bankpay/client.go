// Package bankpay is our client for the open-banking payment initiation API
// (PISP) that buyers use to pay for won lots by bank transfer.
package bankpay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Config is loaded from the environment by the wire package.
type Config struct {
	BaseURL     string
	APIKey      string
	RedirectURL string
}

type Client struct {
	cfg  Config
	http *http.Client
}

func New(cfg Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}}
}

// Initiation is the bank's view of one payment initiation.
type Initiation struct {
	ID          string `json:"id"`
	Status      string `json:"status"` // PENDING, AUTHORISED, COMPLETED, REJECTED, EXPIRED
	RedirectURL string `json:"redirect_url"`
	AmountMinor int64  `json:"amount_minor"`
	Reference   string `json:"reference"`
}

type initiateBody struct {
	AmountMinor int64  `json:"amount_minor"`
	Currency    string `json:"currency"`
	Reference   string `json:"reference"`
	RedirectURL string `json:"redirect_url"`
}

var errTransient = errors.New("bankpay: transient")

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.cfg.BaseURL+path, &buf)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// InitiatePayment starts a bank payment for an invoice and returns the
// redirect the buyer follows to authorise it at their bank.
func (c *Client) InitiatePayment(ctx context.Context, invoiceNo string, amountMinor int64) (*Initiation, error) {
	body := initiateBody{AmountMinor: amountMinor, Currency: "EUR", Reference: invoiceNo, RedirectURL: c.cfg.RedirectURL}
	var out Initiation
	err := withRetry(ctx, 3, func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/payment-initiations", body)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := c.http.Do(req) // want "\\[idempotency\\] POST /v1/payment-initiations is retried by withRetry .* with an idempotency key made anew on every attempt"
		if err != nil {
			return errTransient
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return errTransient
		}
		if resp.StatusCode != http.StatusCreated {
			return fmt.Errorf("bankpay: initiate: %s", resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	})
	return &out, err
}

// withRetry retries fn on errTransient with a doubling wait.
func withRetry(ctx context.Context, attempts int, fn func() error) error {
	wait := time.Second
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(); !errors.Is(err, errTransient) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

// GetPayment reads one initiation. Transient failures are retried on
// 5xx and 429 only.
func (c *Client) GetPayment(ctx context.Context, id string) (*Initiation, error) {
	var out Initiation
	err := withRetry(ctx, 3, func() error {
		req, err := c.newRequest(ctx, http.MethodGet, "/v1/payment-initiations/"+id, nil)
		if err != nil {
			return err
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return errTransient
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			return errTransient
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("bankpay: get %s: %s", id, resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(&out)
	})
	return &out, err
}
