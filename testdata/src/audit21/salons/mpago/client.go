// Package mpago wires the Mercado Pago SDK for Brazil and Argentina:
// Checkout Pro preferences for online bookings and gift cards, payments and
// refunds.
package mpago

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/preference"
	"github.com/mercadopago/sdk-go/pkg/refund"
)

// Payment statuses we act on.
const (
	Approved  = "approved"
	InProcess = "in_process"
	Pending   = "pending"
	Rejected  = "rejected"
	Cancelled = "cancelled"
	Refunded  = "refunded"
)

// Client groups the SDK clients of one account (one per country).
type Client struct {
	Payments    payment.Client
	Refunds     refund.Client
	Preferences preference.Client
	publicURL   string
	country     string
}

// New builds the clients for an access token of one country's account.
func New(accessToken, publicURL, country string) (*Client, error) {
	cfg, err := config.New(accessToken)
	if err != nil {
		return nil, fmt.Errorf("mpago: config: %w", err)
	}
	return &Client{
		Payments:    payment.NewClient(cfg),
		Refunds:     refund.NewClient(cfg),
		Preferences: preference.NewClient(cfg),
		publicURL:   publicURL,
		country:     country,
	}, nil
}

// Item is one line of a checkout.
type Item struct {
	ID       string
	Title    string
	Currency string
	Cents    int64
	Qty      int
}

// Checkout creates a Checkout Pro preference and returns its init point.
// back is the path prefix of the return pages (success, pending, failure).
func (c *Client) Checkout(ctx context.Context, ref, back, email string, items []Item) (string, error) {
	req := preference.Request{
		ExternalReference: ref,
		NotificationURL:   c.publicURL + "/hooks/mercadopago/" + c.country,
		AutoReturn:        "approved",
		BackURLs: &preference.BackURLsRequest{
			Success: c.publicURL + back + "/success",
			Pending: c.publicURL + back + "/pending",
			Failure: c.publicURL + back + "/failure",
		},
		Payer: &preference.PayerRequest{Email: email},
	}
	for _, it := range items {
		req.Items = append(req.Items, preference.ItemRequest{
			ID: it.ID, Title: it.Title, CurrencyID: it.Currency,
			UnitPrice: float64(it.Cents) / 100, Quantity: it.Qty,
		})
	}
	pref, err := c.Preferences.Create(ctx, req)
	if err != nil {
		return "", fmt.Errorf("mpago: preference %s: %w", ref, err)
	}
	return pref.InitPoint, nil
}

// Lookup reads a payment, riding out the API's short hiccups.
func (c *Client) Lookup(ctx context.Context, id string) (*payment.Response, error) {
	n, err := strconv.Atoi(id)
	if err != nil {
		return nil, fmt.Errorf("mpago: bad payment id %q", id)
	}
	return retry.DoWithData(func() (*payment.Response, error) {
		return c.Payments.Get(ctx, n) // want "\\[retrybackoff\\] mercadopago payment\\.Get is retried by retry\\.DoWithData \\(line 95\\) every 250ms,"
	},
		retry.Attempts(5),
		retry.Delay(250*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
		retry.Context(ctx),
	)
}

// Cents converts an SDK amount.
func Cents(v float64) int64 { return int64(v*100 + 0.5) }
