// Package ach is a small client for the AchRail bank transfer API
// (Dwolla-style: transfers are created with POST /transfers and their
// status read from the Location the API answers).
package ach

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/google/uuid"
)

// Client talks to AchRail.
type Client struct {
	base   string
	key    string
	secret string
	hc     *http.Client
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the default http.Client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// New builds a Client.
func New(base, key, secret string, opts ...Option) *Client {
	c := &Client{base: strings.TrimRight(base, "/"), key: key, secret: secret, hc: &http.Client{Timeout: 20 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Amount is a money value as the API spells it.
type Amount struct {
	Value    string `json:"value"`
	Currency string `json:"currency"`
}

// TransferRequest moves money between two funding sources.
type TransferRequest struct {
	Source        string `json:"-"`
	Destination   string `json:"-"`
	AmountCents   int64  `json:"-"`
	CorrelationID string `json:"correlationId"`
}

type transferBody struct {
	Links         map[string]map[string]string `json:"_links"`
	Amount        Amount                       `json:"amount"`
	CorrelationID string                       `json:"correlationId"`
}

// Transfer is the API's view of a transfer.
type Transfer struct {
	ID            string `json:"id"`
	Status        string `json:"status"`
	CorrelationID string `json:"correlationId"`
	Amount        Amount `json:"amount"`
}

// Final reports whether the transfer reached a terminal status.
func (t *Transfer) Final() bool {
	switch t.Status {
	case "processed", "failed", "cancelled":
		return true
	}
	return false
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("achrail: %d: %s", e.Status, e.Body) }

func cents(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func (c *Client) newTransferReq(ctx context.Context, t TransferRequest) (*http.Request, error) {
	body := transferBody{
		Links: map[string]map[string]string{
			"source":      {"href": c.base + "/funding-sources/" + t.Source},
			"destination": {"href": c.base + "/funding-sources/" + t.Destination},
		},
		Amount:        Amount{Value: cents(t.AmountCents), Currency: "USD"},
		CorrelationID: t.CorrelationID,
	}
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/transfers", bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/vnd.achrail.v1.hal+json")
	req.Header.Set("Idempotency-Key", uuid.NewString())
	req.SetBasicAuth(c.key, c.secret)
	return req, nil
}

// CreateTransfer debits the source and answers the new transfer's URL.
func (c *Client) CreateTransfer(ctx context.Context, t TransferRequest) (string, error) {
	wait := time.Second
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newTransferReq(ctx, t)
		if err != nil {
			return "", err
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /transfers is retried by a for loop \\(line 117\\) but newTransferReq makes"
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return resp.Header.Get("Location"), nil
			}
			last = &APIError{Status: resp.StatusCode}
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				return "", last
			}
		} else {
			last = err
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return "", last
}

// CreateCredit pushes money back to a patient's account (refund of a
// cancelled consult). The key is derived from the refund so a retried
// call is the same credit.
func (c *Client) CreateCredit(ctx context.Context, t TransferRequest) (string, error) {
	body, err := json.Marshal(transferBody{
		Links: map[string]map[string]string{
			"source":      {"href": c.base + "/funding-sources/" + t.Source},
			"destination": {"href": c.base + "/funding-sources/" + t.Destination},
		},
		Amount:        Amount{Value: cents(t.AmountCents), Currency: "USD"},
		CorrelationID: t.CorrelationID,
	})
	if err != nil {
		return "", err
	}
	key := "credit-" + t.CorrelationID
	op := func() (string, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/transfers", bytes.NewReader(body))
		if err != nil {
			return "", backoff.Permanent(err)
		}
		req.Header.Set("Content-Type", "application/vnd.achrail.v1.hal+json")
		req.Header.Set("Idempotency-Key", key)
		req.SetBasicAuth(c.key, c.secret)
		resp, err := c.hc.Do(req) // audit: lookalike idempotency: key fixed per refund outside the retried op, same body every attempt
		if err != nil {
			return "", err
		}
		defer resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusCreated:
			return resp.Header.Get("Location"), nil
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500: // audit: lookalike retrystatus: only 429 and 5xx go round, 4xx is Permanent below
			return "", &APIError{Status: resp.StatusCode}
		default:
			b, _ := io.ReadAll(resp.Body)
			return "", backoff.Permanent(&APIError{Status: resp.StatusCode, Body: string(b)})
		}
	}
	return backoff.Retry(ctx, op, backoff.WithBackOff(backoff.NewExponentialBackOff()), backoff.WithMaxTries(5))
}

// GetTransfer reads a transfer by the URL CreateTransfer answered. It
// retries its own request on 429 and 5xx a couple of times.
func (c *Client) GetTransfer(ctx context.Context, url string) (*Transfer, error) {
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(c.key, c.secret)
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) && attempt < 2 {
			resp.Body.Close()
			time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b, _ := io.ReadAll(resp.Body)
			return nil, &APIError{Status: resp.StatusCode, Body: string(b)}
		}
		var t Transfer
		if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
			return nil, err
		}
		return &t, nil
	}
}
