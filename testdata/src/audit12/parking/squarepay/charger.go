// Package squarepay charges street parking sessions on Square.
package squarepay

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"

	"audit12/parking/domain"
	"audit12/parking/retryx"
)

// Charger charges sessions on the card a driver saved in the app.
type Charger struct {
	sq         *sqclient.Client
	locationID string
	attempts   int
	base       time.Duration
}

// Option configures a Charger.
type Option func(*Charger)

// WithRetry sets how often a charge is attempted and the first wait.
func WithRetry(attempts int, base time.Duration) Option {
	return func(c *Charger) {
		c.attempts = attempts
		c.base = base
	}
}

// New returns a Charger for the given Square location.
func New(sq *sqclient.Client, locationID string, opts ...Option) *Charger {
	c := &Charger{sq: sq, locationID: locationID, attempts: 3, base: time.Second}
	for _, o := range opts {
		o(c)
	}
	return c
}

func money(cents int64, currency string) *square.Money {
	cur := square.Currency(currency)
	return &square.Money{Amount: square.Int64(cents), Currency: &cur}
}

// retryable keeps network failures retryable and makes every answer of
// Square (declines, validation errors) final.
func retryable[T any](v T, err error) (T, error) {
	var ne net.Error
	if err != nil && !errors.As(err, &ne) && !errors.Is(err, context.DeadlineExceeded) {
		return v, retryx.Permanent(err)
	}
	return v, err
}

func (c *Charger) paymentRequest(s *domain.Session) *square.CreatePaymentRequest {
	return &square.CreatePaymentRequest{
		SourceID:       s.CardSourceID,
		IdempotencyKey: uuid.NewString(),
		AmountMoney:    money(s.AmountCents, s.Currency),
	}
}

// Charge charges a finished session and returns the Square payment id.
func (c *Charger) Charge(ctx context.Context, s *domain.Session) (string, error) {
	resp, err := retryx.Do(ctx, c.attempts, c.base, func(ctx context.Context) (*square.CreatePaymentResponse, error) {
		return retryable(c.sq.Payments.Create(ctx, c.paymentRequest(s))) // want "\\[idempotency\\] square Payments.Create is retried by retryx.Do \\(line 72\\) but paymentRequest makes a new idempotency key on every call"
	})
	if err != nil {
		return "", fmt.Errorf("square charge %s: %w", s.ID, err)
	}
	if len(resp.Errors) > 0 || resp.Payment == nil || resp.Payment.ID == nil {
		return "", fmt.Errorf("square charge %s: rejected", s.ID)
	}
	return *resp.Payment.ID, nil
}

// ChargeExtension charges the n-th extension of a running session (drivers
// extend from the app when the meter is about to expire).
func (c *Charger) ChargeExtension(ctx context.Context, s *domain.Session, n int, cents int64) (string, error) {
	req := &square.CreatePaymentRequest{
		SourceID:       s.CardSourceID,
		IdempotencyKey: fmt.Sprintf("ext-%s-%d", s.ID, n),
		AmountMoney:    money(cents, s.Currency),
	}
	resp, err := retryx.Do(ctx, c.attempts, c.base, func(ctx context.Context) (*square.CreatePaymentResponse, error) {
		return retryable(c.sq.Payments.Create(ctx, req))
	})
	if err != nil {
		return "", err
	}
	if resp.Payment == nil || resp.Payment.ID == nil {
		return "", errors.New("square: no payment in response")
	}
	return *resp.Payment.ID, nil
}

// Status returns the Square status of a payment (APPROVED, COMPLETED,
// FAILED, CANCELED ...).
func (c *Charger) Status(ctx context.Context, paymentID string) (string, error) {
	resp, err := c.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
	if err != nil {
		return "", err
	}
	if resp.Payment == nil || resp.Payment.Status == nil {
		return "", errors.New("square: payment without status")
	}
	return *resp.Payment.Status, nil
}
