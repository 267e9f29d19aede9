// Package wise is a small client for the Wise Platform API, used to
// collect corporate invoice payments into our balance account.
package wise

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/google/uuid"
)

// Client talks to api.wise.com.
type Client struct {
	base      string
	token     string
	profileID int64
	http      *http.Client
}

// New builds a Wise client for one business profile.
func New(base, token string, profileID int64) *Client {
	return &Client{base: base, token: token, profileID: profileID, http: &http.Client{Timeout: 20 * time.Second}}
}

// Quote is a Wise quote.
type Quote struct {
	ID string `json:"id"`
}

// Transfer is a Wise transfer.
type Transfer struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
}

// Transfer states we act on.
const (
	StatusIncomingWaiting = "incoming_payment_waiting"
	StatusProcessing      = "processing"
	StatusFundsConverted  = "funds_converted"
	StatusSent            = "outgoing_payment_sent"
	StatusCancelled       = "cancelled"
	StatusFundsRefunded   = "funds_refunded"
	StatusBouncedBack     = "bounced_back"
)

type statusErr struct{ code int }

func (e statusErr) Error() string { return fmt.Sprintf("wise: status %d", e.code) }

func retryable(err error) bool {
	var se statusErr
	if errors.As(err, &se) {
		return se.code == http.StatusTooManyRequests || se.code >= 500
	}
	return true
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, r)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func decode(resp *http.Response, out any) error {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return statusErr{resp.StatusCode}
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// CreateQuote prices an invoice amount in the source currency.
func (c *Client) CreateQuote(ctx context.Context, source, target string, targetMinor int64) (*Quote, error) {
	body := map[string]any{"sourceCurrency": source, "targetCurrency": target, "targetAmount": float64(targetMinor) / 100}
	var q Quote
	err := retry.Do(func() error {
		req, err := c.newRequest(ctx, http.MethodPost, fmt.Sprintf("/v3/profiles/%d/quotes", c.profileID), body)
		if err != nil {
			return retry.Unrecoverable(err)
		}
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		return decode(resp, &q)
	}, retry.Attempts(4), retry.Context(ctx), retry.RetryIf(retryable))
	return &q, err
}

func transferBody(quoteID string, recipient int64, reference string) map[string]any {
	return map[string]any{
		"targetAccount":         recipient,
		"quoteUuid":             quoteID,
		"customerTransactionId": uuid.NewString(),
		"details":               map[string]string{"reference": reference},
	}
}

// CreateTransfer creates the transfer for a quote.
func (c *Client) CreateTransfer(ctx context.Context, quoteID string, recipient int64, reference string) (*Transfer, error) {
	var t Transfer
	err := retry.Do(func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/transfers", transferBody(quoteID, recipient, reference))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		resp, err := c.http.Do(req) // want "\\[idempotency\\] POST /v1/transfers is retried by retry.Do \\(line 122\\) but transferBody makes a new idempotency key on every call"
		if err != nil {
			return err
		}
		return decode(resp, &t)
	}, retry.Attempts(3), retry.Context(ctx), retry.RetryIf(retryable))
	return &t, err
}

// Fund pays a transfer from the balance account.
func (c *Client) Fund(ctx context.Context, transferID int64) error {
	req, err := c.newRequest(ctx, http.MethodPost,
		fmt.Sprintf("/v3/profiles/%d/transfers/%d/payments", c.profileID, transferID), map[string]string{"type": "BALANCE"})
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	var out struct {
		Status string `json:"status"`
	}
	return decode(resp, &out)
}

// GetTransfer reads a transfer.
func (c *Client) GetTransfer(ctx context.Context, id int64) (*Transfer, error) {
	req, err := c.newRequest(ctx, http.MethodGet, fmt.Sprintf("/v1/transfers/%d", id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	var t Transfer
	return &t, decode(resp, &t)
}
