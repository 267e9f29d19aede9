package gateways

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit15/insurance/platform"
	"audit15/insurance/policy"
)

// DirectDebit collects monthly premiums on GoCardless mandates.
type DirectDebit struct {
	gc    *gocardless.Service
	retry platform.RetryPolicy
}

func NewDirectDebit(gc *gocardless.Service, rp platform.RetryPolicy) *DirectDebit {
	return &DirectDebit{gc: gc, retry: rp}
}

func premiumParams(p policy.Policy, pr policy.Premium) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:    int(pr.AmountMinor),
		Currency:  p.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: p.MandateID},
		Reference: "PREM " + pr.Period,
	}
}

// Collect creates the period's payment on the policy's mandate.
func (d *DirectDebit) Collect(ctx context.Context, p policy.Policy, pr policy.Premium) (*gocardless.Payment, error) {
	key := "premium-" + pr.ID
	params := premiumParams(p, pr)
	return platform.Retry(ctx, d.retry, func(ctx context.Context) (*gocardless.Payment, error) {
		pm, err := d.gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey(key))
		if err != nil && !isTransient(err) {
			return nil, fmt.Errorf("%w: %v", platform.ErrStop, err)
		}
		return pm, err
	})
}

// Recollect collects a premium again after its first payment failed and
// the policyholder set up a new mandate.
func (d *DirectDebit) Recollect(ctx context.Context, p policy.Policy, pr policy.Premium) (*gocardless.Payment, error) {
	params := premiumParams(p, pr)
	params.Reference = "PREM " + pr.Period + " R"
	return platform.Retry(ctx, d.retry, func(ctx context.Context) (*gocardless.Payment, error) {
		pm, err := d.gc.Payments.Create(ctx, params) // want "\\[idempotency\\] gocardless Payments.Create is retried by platform.Retry"
		if err != nil && !isTransient(err) {
			return nil, fmt.Errorf("%w: %v", platform.ErrStop, err)
		}
		return pm, err
	})
}

// AwaitCollected waits for a direct debit to be collected from the bank.
func (d *DirectDebit) AwaitCollected(ctx context.Context, paymentID string) (*gocardless.Payment, error) {
	tick := time.NewTicker(6 * time.Hour)
	defer tick.Stop()
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
		pm, err := d.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return nil, fmt.Errorf("gocardless get %s: %w", paymentID, err)
		}
		if pm.Status == "confirmed" || pm.Status == "paid_out" {
			return pm, nil
		}
	}
}
