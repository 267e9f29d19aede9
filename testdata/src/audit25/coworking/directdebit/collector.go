// Package directdebit collects membership fees and ad-hoc charges over
// GoCardless mandates (Bacs in the UK, SEPA Core in NL/DE).
package directdebit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit25/coworking/platform"
	"audit25/coworking/store"
)

type Collector struct {
	gc      *gocardless.Service
	billing *store.Billing
	log     *slog.Logger
}

func NewCollector(token, endpoint string, billing *store.Billing, log *slog.Logger) (*Collector, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	svc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	return &Collector{gc: svc, billing: billing, log: log}, nil
}

// Collect raises this month's membership payment against the company's
// mandate and moves paid_through on once GoCardless accepted it.
func (c *Collector) Collect(ctx context.Context, m store.Membership, period string) (*gocardless.Payment, error) {
	p, err := c.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{ // audit: reported at jobs/tasks.go:65, the asynq task handler (idempotency): no WithIdempotencyKey, so the SDK makes a new random key per call, and the asynq task (jobs.collectMembership, default MaxRetry) sends it again after a lost answer: a second debit
		Amount:    int(m.PlanMinor),
		Currency:  m.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: m.MandateID},
		Reference: "WS-" + period,
	})
	if err != nil {
		return nil, fmt.Errorf("membership %s: %w", m.ID, err)
	}
	return p, nil
}

// ChargeOverage bills extra meeting-room hours on the mandate. A payment
// is only useful if it is submitted before the monthly statement runs, so
// if it is not through after a minute we try once more.
func (c *Collector) ChargeOverage(ctx context.Context, m store.Membership, hours int, rateMinor int64) (string, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		p, err := c.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{ // audit: missed pollcreate: after WaitUntil gives up with ErrStillPending the loop creates another debit (under a new per-attempt key and reference) while the first is still pending_submission
			Amount:    hours * int(rateMinor),
			Currency:  m.Currency,
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: m.MandateID},
			Reference: fmt.Sprintf("OVR-%s-%d", m.ID, attempt),
		}, gocardless.WithIdempotencyKey(fmt.Sprintf("overage-%s-%d", m.ID, attempt)))
		if err != nil {
			return "", err
		}
		err = platform.WaitUntil(ctx, 5*time.Second, 12, func(ctx context.Context) (bool, error) {
			cur, err := c.gc.Payments.Get(ctx, p.Id)
			if err != nil {
				return false, err
			}
			switch cur.Status {
			case "submitted", "confirmed", "paid_out":
				return true, nil
			case "failed", "cancelled", "customer_approval_denied":
				return false, fmt.Errorf("overage payment %s %s", p.Id, cur.Status)
			}
			return false, nil
		})
		if errors.Is(err, platform.ErrStillPending) {
			c.log.Warn("overage payment not submitted yet, retrying", "payment", p.Id)
			continue
		}
		if err != nil {
			return "", err
		}
		return p.Id, nil
	}
	return "", errors.New("overage charge not submitted")
}

// AwaitConfirmation blocks the month-end close until a membership payment
// has been confirmed by the scheme.
func (c *Collector) AwaitConfirmation(ctx context.Context, paymentID string) error {
	for i := 0; i < 40; i++ { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds \\(line"
		p, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			c.log.Warn("gocardless get", "payment", paymentID, "err", err)
		} else if p.Status == "confirmed" || p.Status == "paid_out" {
			return nil
		}
		time.Sleep(30 * time.Second)
	}
	return fmt.Errorf("payment %s not confirmed in time", paymentID)
}

// WaitSettled is used by the deposit top-up flow.
func (c *Collector) WaitSettled(ctx context.Context, paymentID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	var final string
	err := platform.WaitUntil(ctx, 10*time.Second, 90, func(ctx context.Context) (bool, error) { // audit: lookalike pollbound: bounded by a timeout and a check cap, and it leaves on failed/cancelled as well as confirmed
		p, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return false, err
		}
		switch p.Status {
		case "confirmed", "paid_out", "failed", "cancelled", "charged_back":
			final = p.Status
			return true, nil
		}
		return false, nil
	})
	return final, err
}

// Refund returns part of a membership payment (cancelled within the
// cooling-off period).
func (c *Collector) Refund(ctx context.Context, paymentID string, amountMinor int) (*gocardless.Refund, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		r, err := c.gc.Refunds.Create(ctx, gocardless.RefundCreateParams{ // want "\\[retrybackoff\\] gocardless Refunds\\.Create is retried by a for loop \\(line 129\\) every 200ms,"
			Amount:                  amountMinor,
			Links:                   gocardless.RefundCreateParamsLinks{Payment: paymentID},
			TotalAmountConfirmation: amountMinor,
		}, gocardless.WithIdempotencyKey("refund-"+paymentID))
		if err == nil {
			return r, nil
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond) // audit: reported at directdebit/collector.go:130, the retried call (retrybackoff): a fixed 200ms between refund attempts, well under a second and never growing
	}
	return nil, lastErr
}

// Track follows a membership payment to the end and records the outcome
// on the membership. It runs until the payment is final or ctx ends.
func (c *Collector) Track(ctx context.Context, m store.Membership, paymentID string, through time.Time) error {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		p, err := c.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			c.log.Warn("track payment", "payment", paymentID, "err", err)
			continue
		}
		switch p.Status {
		case "confirmed", "paid_out":
			return c.billing.ExtendMembership(ctx, m.ID, through, p.Id)
		case "failed", "cancelled", "charged_back", "customer_approval_denied":
			return fmt.Errorf("membership %s payment %s %s", m.ID, p.Id, p.Status)
		}
	}
}

// Payments exposes the payment service for the webhook handler's reads.
func (c *Collector) Payments() gocardless.PaymentService { return c.gc.Payments }
