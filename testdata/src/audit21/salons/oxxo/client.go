// Package oxxo is the client of the cash-voucher aggregator we use in
// Mexico: the customer pays the voucher at any OXXO store and the
// aggregator notifies us.
package oxxo

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/go-resty/resty/v2"
)

// Voucher statuses.
const (
	StatusPending  = "pending"
	StatusPaid     = "paid"
	StatusExpired  = "expired"
	StatusCanceled = "canceled"
)

// Voucher is a cash reference with its barcode.
type Voucher struct {
	ID        string     `json:"id"`
	Reference string     `json:"reference"`
	Amount    int64      `json:"amount"`
	Currency  string     `json:"currency"`
	Barcode   string     `json:"barcode_url"`
	Status    string     `json:"status"`
	ExpiresAt time.Time  `json:"expires_at"`
	PaidAt    *time.Time `json:"paid_at,omitempty"`
}

// IsPaid reports whether the store collected the cash.
func (v *Voucher) IsPaid() bool { return v.Status == StatusPaid }

// NewVoucher is the body of POST /v1/vouchers. The merchant reference is
// printed on the receipt; the aggregator does not require it to be unique.
type NewVoucher struct {
	Reference   string `json:"merchant_reference"`
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
	Description string `json:"description"`
	Email       string `json:"customer_email"`
	ExpiresDays int    `json:"expires_in_days"`
}

// Client wraps the aggregator's REST API.
type Client struct {
	rc *resty.Client
}

// New builds the client. Timeouts at the aggregator's edge are frequent at
// month end, so the transport retries a few times by itself.
func New(baseURL, apiKey string) *Client {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(apiKey).
		SetHeader("Accept", "application/json").
		SetTimeout(10 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(10 * time.Second)
	return &Client{rc: rc}
}

// Create issues a voucher.
func (c *Client) Create(ctx context.Context, in NewVoucher) (*Voucher, error) {
	var out Voucher
	resp, err := c.rc.R().SetContext(ctx).SetBody(in).SetResult(&out).Post("/v1/vouchers") // want "\\[idempotency\\] POST /v1/vouchers is retried by the resty client with SetRetryCount\\(3\\) \\(line"
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() != http.StatusCreated {
		return nil, fmt.Errorf("oxxo: create voucher %s: %s", in.Reference, resp.Status())
	}
	return &out, nil
}

// Get reads a voucher by its id.
func (c *Client) Get(ctx context.Context, id string) (*Voucher, error) {
	var out Voucher
	resp, err := c.rc.R().SetContext(ctx).SetResult(&out).Get("/v1/vouchers/" + id)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() != http.StatusOK {
		return nil, fmt.Errorf("oxxo: voucher %s: %s", id, resp.Status())
	}
	return &out, nil
}

// Event is the aggregator's notification.
type Event struct {
	ID        string  `json:"id"`
	Type      string  `json:"type"` // voucher.paid, voucher.expired
	Voucher   Voucher `json:"data"`
	CreatedAt int64   `json:"created_at"`
}
