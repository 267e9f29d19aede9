// Package stripepay wraps stripe-go for off-session charges (damage, fuel,
// tolls) and the hosted checkout of one-way fees.
package stripepay

import (
	"context"
	"fmt"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit10/carrental/domain"
)

// Client charges saved cards through Stripe.
type Client struct {
	sc        *stripe.Client
	waitEvery time.Duration
	logger    *log.Logger
	baseURL   string
}

// Option configures a Client.
type Option func(*Client)

// WithSettleWait sets how often AwaitSettlement refreshes a payment.
func WithSettleWait(d time.Duration) Option { return func(c *Client) { c.waitEvery = d } }

// WithLogger sets the logger.
func WithLogger(l *log.Logger) Option { return func(c *Client) { c.logger = l } }

// WithPublicURL sets the public base URL used for return pages.
func WithPublicURL(u string) Option { return func(c *Client) { c.baseURL = u } }

// New returns a Client for the given secret key.
func New(key string, opts ...Option) *Client {
	c := &Client{sc: stripe.NewClient(key), waitEvery: 5 * time.Second, logger: log.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Charge charges a saved card off-session and returns the PaymentIntent id.
func (c *Client) Charge(ctx context.Context, req domain.ChargeRequest) (string, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(req.AmountCents),
		Currency:      stripe.String(req.Currency),
		Customer:      stripe.String(req.Customer),
		PaymentMethod: stripe.String(req.PaymentMethod),
		Description:   stripe.String(req.Description),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"ref": req.Reference},
	}
	if req.IdempotencyKey != "" {
		params.SetIdempotencyKey(req.IdempotencyKey)
	}
	pi, err := c.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return "", fmt.Errorf("stripe charge %s: %w", req.Reference, err)
	}
	if pi.Status == stripe.PaymentIntentStatusRequiresPaymentMethod {
		return pi.ID, domain.ErrDeclined
	}
	return pi.ID, nil
}

// AwaitSettlement waits for a processing PaymentIntent (SEPA debit, bank
// redirects) to settle.
func (c *Client) AwaitSettlement(ctx context.Context, piID string) (*stripe.PaymentIntent, error) {
	for { // want "\\[pollbound\\] loop polling payment piID stops only when the payment succeeds"
		time.Sleep(c.waitEvery)
		pi, err := c.sc.V1PaymentIntents.Retrieve(ctx, piID, nil)
		if err != nil {
			c.logger.Printf("stripepay: refresh %s: %v", piID, err)
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return pi, nil
		}
	}
}
