// Package instalments collects property-tax instalments from GoCardless
// Direct Debit mandates.
package instalments

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/sethvargo/go-retry"

	"audit16/civic/store"
)

// Plans is the part of the plan store the collector needs.
type Plans interface {
	DueInstalments(ctx context.Context, day time.Time) ([]store.Instalment, error)
	MarkCollecting(ctx context.Context, id, paymentID string) error
	ActivatePlan(ctx context.Context, planID string) error
}

// Collector creates GoCardless payments for due instalments.
type Collector struct {
	payments gocardless.PaymentService
	plans    Plans
	policy   func(ctx context.Context) backoff.BackOff
}

func NewCollector(svc *gocardless.Service, plans Plans) *Collector {
	return &Collector{
		payments: svc.Payments,
		plans:    plans,
		policy: func(ctx context.Context) backoff.BackOff {
			return backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
		},
	}
}

func temporary(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

// CollectDue submits every instalment due on day.
func (c *Collector) CollectDue(ctx context.Context, day time.Time) error {
	due, err := c.plans.DueInstalments(ctx, day)
	if err != nil {
		return err
	}
	var failed int
	for _, in := range due {
		params := gocardless.PaymentCreateParams{
			Amount:    in.AmountPence,
			Currency:  "GBP",
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: in.MandateID},
			Reference: in.Reference,
		}
		var p *gocardless.Payment
		err := backoff.Retry(func() error {
			var err error
			p, err = c.payments.Create(ctx, params) // want "\\[idempotency\\] gocardless Payments.Create is retried by backoff.Retry .* without an idempotency key"
			if err != nil && !temporary(err) {
				return backoff.Permanent(err)
			}
			return err
		}, c.policy(ctx))
		if err != nil {
			log.Printf("instalments: collect %s: %v", in.ID, err)
			failed++
			continue
		}
		if err := c.plans.MarkCollecting(ctx, in.ID, p.Id); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("instalments: %d of %d collections failed", failed, len(due))
	}
	return nil
}

// ActivateAfterFirst activates a plan once its first instalment has been
// confirmed by the citizen's bank.
func (c *Collector) ActivateAfterFirst(ctx context.Context, planID, paymentID string) error {
	for attempt := 0; attempt < 120; attempt++ { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := c.payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "confirmed" || p.Status == "paid_out" {
			return c.plans.ActivatePlan(ctx, planID)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Hour):
		}
	}
	return fmt.Errorf("instalments: payment %s not confirmed after 5 days", paymentID)
}

// Status reads a payment's status, retrying network failures.
func (c *Collector) Status(ctx context.Context, paymentID string) (string, error) {
	b := retry.WithMaxRetries(3, retry.NewExponential(2*time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (string, error) {
		p, err := c.payments.Get(ctx, paymentID)
		if err != nil {
			if temporary(err) {
				return "", retry.RetryableError(err)
			}
			return "", err
		}
		return p.Status, nil
	})
}
