// Package payoutapi is an in-house client for a payouts API: every answer
// that is not 2xx comes back as a *StatusError carrying the HTTP status.
package payoutapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// StatusError is a non-2xx answer, with its status.
type StatusError struct {
	Code int
	Body string
}

func (e *StatusError) Error() string { return fmt.Sprintf("payouts: http %d: %s", e.Code, e.Body) }

// Transient reports whether an answer with this status may succeed later.
func Transient(code int) bool {
	return code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout
}

// Payout is one transfer to a partner's bank account.
type Payout struct {
	AccountID   string `json:"account_id"`
	AmountMinor int64  `json:"amount"`
	Currency    string `json:"currency"`
	Reference   string `json:"reference"`
}

// Client sends payouts.
type Client struct {
	Base string
	HTTP *http.Client
}

// CreatePayout sends one payout, keyed by its reference.
func (c *Client) CreatePayout(ctx context.Context, p Payout) error {
	body, _ := json.Marshal(p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "payout-"+p.Reference)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return &StatusError{Code: resp.StatusCode}
	}
	return nil
}
