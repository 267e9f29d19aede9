// Package gcsubs collects monthly direct-debit payments with GoCardless.
package gcsubs

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/sethvargo/go-retry"
)

// Collector collects subscription payments.
type Collector struct {
	gc      *gocardless.Service
	backoff func() retry.Backoff
}

// NewCollector is called from main with the access token.
func NewCollector(token string) (*Collector, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	svc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	return &Collector{gc: svc, backoff: func() retry.Backoff {
		return retry.WithMaxRetries(4, retry.NewExponential(time.Second))
	}}, nil
}

// Subscription is one billing period of a customer's plan.
type Subscription struct {
	ID        string
	Period    string
	MandateID string
	Amount    int
}

func params(s Subscription) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:   s.Amount,
		Currency: "GBP",
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: s.MandateID},
	}
}

// Collect is the legacy path: tight constant retry, SDK default key.
func (c *Collector) Collect(ctx context.Context, s Subscription) (*gocardless.Payment, error) {
	var pay *gocardless.Payment
	b := retry.WithMaxRetries(5, retry.NewConstant(100*time.Millisecond))
	err := retry.Do(ctx, b, func(ctx context.Context) error {
		p, err := c.gc.Payments.Create(ctx, params(s)) // want "\\[idempotency\\] gocardless Payments.Create is retried by retry.Do .line 54. without an idempotency key" "\\[retrybackoff\\] gocardless Payments.Create is retried by retry.Do .line 54. every 100ms"
		if err != nil {
			return retry.RetryableError(err)
		}
		pay = p
		return nil
	})
	return pay, err
}

// CollectPeriod keys the payment by subscription and period.
func (c *Collector) CollectPeriod(ctx context.Context, s Subscription) (*gocardless.Payment, error) {
	key := fmt.Sprintf("sub-%s-%s", s.ID, s.Period)
	return retry.DoValue(ctx, c.backoff(), func(ctx context.Context) (*gocardless.Payment, error) {
		p, err := c.gc.Payments.Create(ctx, params(s), gocardless.WithIdempotencyKey(key))
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		return p, nil
	})
}

// CollectOnce relies on the SDK's own retries, which reuse one key.
func (c *Collector) CollectOnce(ctx context.Context, s Subscription) (*gocardless.Payment, error) {
	return c.gc.Payments.Create(ctx, params(s), gocardless.WithRetries(3))
}
