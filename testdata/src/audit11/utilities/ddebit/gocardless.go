// Package ddebit collects bills by SEPA and Bacs direct debit through
// GoCardless.
package ddebit

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit11/utilities/billing"
	"audit11/utilities/platform"
)

// Collector creates GoCardless payments against customers' mandates.
type Collector struct {
	svc      *gocardless.Service
	attempts int
	log      *slog.Logger
}

// Option configures a Collector.
type Option func(*Collector)

// WithAttempts sets how many times a collection request is tried.
func WithAttempts(n int) Option { return func(c *Collector) { c.attempts = n } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Collector) { c.log = l } }

func New(token string, opts ...Option) (*Collector, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	svc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	c := &Collector{svc: svc, attempts: 3, log: slog.Default()}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// requestOptions are sent with every collection request. The SDK's own
// retries are off: Collect decides when to try again.
func (c *Collector) requestOptions(b *billing.Bill) []gocardless.RequestOption {
	return []gocardless.RequestOption{
		gocardless.WithoutRetries(),
		gocardless.WithIdempotencyKey(fmt.Sprintf("bill-%s-%d", b.ID, time.Now().UnixNano())),
		gocardless.WithHeaders(map[string]string{"GoCardless-Version": "2015-07-06"}),
	}
}

// Collect creates the direct-debit payment of a bill against its mandate.
func (c *Collector) Collect(ctx context.Context, b *billing.Bill) (*gocardless.Payment, error) {
	params := gocardless.PaymentCreateParams{
		Amount:    int(b.Total()),
		Currency:  b.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: b.MandateID},
		Reference: "UTIL" + b.Period + b.AccountID,
	}
	var lastErr error
	for attempt := 1; attempt <= c.attempts; attempt++ {
		p, err := c.svc.Payments.Create(ctx, params, c.requestOptions(b)...) // want "\\[idempotency\\] gocardless Payments.Create is retried by a for loop \\(line 69\\) but requestOptions makes a new idempotency key on every call"
		if err == nil {
			return p, nil
		}
		lastErr = err
		c.log.Warn("gocardless collect failed", "bill", b.ID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Duration(attempt*attempt) * 2 * time.Second):
		}
	}
	return nil, fmt.Errorf("collect bill %s: %w", b.ID, lastErr)
}

// Represent re-presents a failed direct debit; stage is the dunning stage
// (1, 2 or 3), so each stage is one request however often the worker runs.
func (c *Collector) Represent(ctx context.Context, b *billing.Bill, stage int) error {
	chargeDate := time.Now().AddDate(0, 0, 3).Format("2006-01-02")
	_, err := c.svc.Payments.Retry(ctx, b.ProviderRef, gocardless.PaymentRetryParams{
		ChargeDate: chargeDate,
		Metadata:   map[string]interface{}{"bill_id": b.ID, "dunning_stage": stage},
	}, gocardless.WithIdempotencyKey("represent-"+b.ID+"-"+strconv.Itoa(stage)))
	return err
}

// RefundOverpayment returns an overpaid amount on a collected payment.
func (c *Collector) RefundOverpayment(ctx context.Context, paymentID, refundID string, amountMinor int64) (*gocardless.Refund, error) {
	params := gocardless.RefundCreateParams{
		Amount:                  int(amountMinor),
		Links:                   gocardless.RefundCreateParamsLinks{Payment: paymentID},
		TotalAmountConfirmation: int(amountMinor),
	}
	key := "overpayment-" + refundID
	var out *gocardless.Refund
	err := platform.Retry(ctx, 4, 2*time.Second, func(ctx context.Context) error {
		r, err := c.svc.Refunds.Create(ctx, params, gocardless.WithIdempotencyKey(key))
		if err != nil {
			return err
		}
		out = r
		return nil
	})
	return out, err
}
