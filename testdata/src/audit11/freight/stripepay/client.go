// Package stripepay collects freight invoices by card and ACH debit through
// Stripe.
package stripepay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit11/freight/domain"
)

// Client wraps the Stripe client with the invoice-specific calls.
type Client struct {
	sc        *stripe.Client
	returnURL string
	attempts  int
	log       *slog.Logger
}

// Option configures a Client.
type Option func(*Client)

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// New returns a Client using the secret key.
func New(key, returnURL string, opts ...Option) *Client {
	c := &Client{sc: stripe.NewClient(key), returnURL: returnURL, attempts: 3, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

func isCardError(err error) bool {
	var se *stripe.Error
	return errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest)
}

// ChargeCard charges a saved card for an invoice.
func (c *Client) ChargeCard(ctx context.Context, inv *domain.Invoice, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(inv.AmountCents),
		Currency:      stripe.String(inv.Currency),
		Customer:      stripe.String(inv.ShipperID),
		PaymentMethod: stripe.String(paymentMethod),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String("Freight invoice " + inv.Number),
		Metadata:      map[string]string{"invoice_id": inv.ID},
	}
	params.SetIdempotencyKey("inv-" + inv.ID + "-card")

	wait := 2 * time.Second
	var lastErr error
	for attempt := 1; attempt <= c.attempts; attempt++ {
		pi, err := c.sc.V1PaymentIntents.Create(ctx, params)
		if err == nil {
			return pi, nil
		}
		if isCardError(err) {
			return nil, err
		}
		lastErr = err
		c.log.Warn("card charge failed", "invoice", inv.Number, "attempt", attempt, "err", err)
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("charge card for %s: %w", inv.Number, lastErr)
}

// ChargeACH starts an ACH debit from the shipper's verified bank account.
func (c *Client) ChargeACH(ctx context.Context, inv *domain.Invoice, bankAccountPM string) (*stripe.PaymentIntent, error) {
	var lastErr error
	for attempt := 0; attempt < c.attempts; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 3 * time.Second)
		}
		pi, err := c.sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{ // want "\\[idempotency\\] stripe V1PaymentIntents.Create is retried by a for loop \\(line 79\\) without an idempotency key"
			Amount:        stripe.Int64(inv.AmountCents),
			Currency:      stripe.String(string(stripe.CurrencyUSD)),
			Customer:      stripe.String(inv.ShipperID),
			PaymentMethod: stripe.String(bankAccountPM),
			Confirm:       stripe.Bool(true),
			Metadata:      map[string]string{"invoice_id": inv.ID, "rail": "ach"},
		})
		if err != nil {
			if isCardError(err) {
				return nil, err
			}
			lastErr = err
			continue
		}
		return pi, nil
	}
	return nil, fmt.Errorf("ach debit for %s: %w", inv.Number, lastErr)
}

// Status reads a payment intent.
func (c *Client) Status(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return c.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
}

// ErrNotCleared is returned when an ACH debit ends in a failed state.
var ErrNotCleared = errors.New("stripepay: debit did not clear")

// AwaitCleared waits for an ACH debit to leave the processing state, for
// at most maxWait.
func (c *Client) AwaitCleared(ctx context.Context, id string, maxWait time.Duration) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, maxWait)
	defer cancel()
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		pi, err := c.Status(ctx, id)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, ErrNotCleared
		}
		select {
		case <-ctx.Done():
			return pi, ctx.Err()
		case <-t.C:
		}
	}
}

// Session reads a Checkout session.
func (c *Client) Session(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	return c.sc.V1CheckoutSessions.Retrieve(ctx, id, nil)
}
