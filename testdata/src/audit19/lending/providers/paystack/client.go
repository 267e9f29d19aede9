// Package paystack charges saved card authorizations through Paystack.
package paystack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// Client calls api.paystack.co.
type Client struct {
	base   string
	secret string
	http   *http.Client
}

// New returns a Paystack client.
func New(secret string) *Client {
	return &Client{base: "https://api.paystack.co", secret: secret, http: &http.Client{Timeout: 25 * time.Second}}
}

// ChargeRequest charges a reusable authorization.
type ChargeRequest struct {
	AuthorizationCode string `json:"authorization_code"`
	Email             string `json:"email"`
	Amount            int64  `json:"amount"`
	Currency          string `json:"currency"`
	Reference         string `json:"reference"`
}

// Transaction is Paystack's transaction object.
type Transaction struct {
	ID        int64  `json:"id"`
	Reference string `json:"reference"`
	Status    string `json:"status"` // success, failed, abandoned, ongoing, pending, send_otp
	Amount    int64  `json:"amount"`
	Metadata  struct {
		InstalmentID string `json:"instalment_id"`
	} `json:"metadata"`
}

type response struct {
	Status  bool        `json:"status"`
	Message string      `json:"message"`
	Data    Transaction `json:"data"`
}

// APIError is a non-2xx answer from Paystack.
type APIError struct {
	Code int
	Msg  string
}

func (e *APIError) Error() string { return fmt.Sprintf("paystack: %d %s", e.Code, e.Msg) }

// Temporary reports whether retrying may help.
func (e *APIError) Temporary() bool { return e.Code == http.StatusTooManyRequests || e.Code >= 500 }

// ChargeAuthorization debits a saved card for a recurring repayment.
func (c *Client) ChargeAuthorization(ctx context.Context, in ChargeRequest) (*Transaction, error) {
	op := func() (*Transaction, error) {
		buf, _ := json.Marshal(in)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/transaction/charge_authorization", bytes.NewReader(buf))
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		req.Header.Set("Authorization", "Bearer "+c.secret)
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.http.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		var out response
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /transaction/charge_authorization is retried by backoff.RetryWithData"
			return nil, fmt.Errorf("paystack: charge %s: status %d", in.Reference, resp.StatusCode)
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return nil, backoff.Permanent(err)
		}
		return &out.Data, nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)
	return backoff.RetryWithData(op, b)
}

// Verify reads a transaction by its reference.
func (c *Client) Verify(ctx context.Context, reference string) (*Transaction, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/transaction/verify/"+reference, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.secret)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out response
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, &APIError{Code: resp.StatusCode, Msg: out.Message}
	}
	return &out.Data, nil
}
