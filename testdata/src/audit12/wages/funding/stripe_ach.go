// Package funding collects payroll funding from employers: ACH debits on
// Stripe for US employers and Direct Debit through GoCardless for UK and
// EU employers.
package funding

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"audit12/wages/domain"
	"audit12/wages/kit"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
)

// RunStore is the part of the payroll store funding needs.
type RunStore interface {
	MarkRunFunded(ctx context.Context, runID, paymentRef string) error
}

// Stripe debits US employers' bank accounts through ACH.
type Stripe struct {
	sc   *stripe.Client
	runs RunStore
	log  *slog.Logger
}

// NewStripe wires the ACH funding service.
func NewStripe(sc *stripe.Client, runs RunStore, log *slog.Logger) *Stripe {
	return &Stripe{sc: sc, runs: runs, log: log}
}

// DebitPayroll starts the ACH debit that funds a payroll run. ACH
// settles in days; the run is marked funded from the webhook.
func (s *Stripe) DebitPayroll(ctx context.Context, run domain.PayrollRun, emp domain.Employer, bankPM string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(run.AmountMinor),
		Currency:      stripe.String(run.Currency),
		Customer:      stripe.String(emp.StripeCustomer),
		PaymentMethod: stripe.String(bankPM),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String(fmt.Sprintf("Payroll funding %s", run.ID)),
		Metadata:      map[string]string{"run_id": run.ID, "employer_id": emp.ID},
	}
	params.AddExpand("latest_charge")
	op := func() (*stripe.PaymentIntent, error) {
		pi, err := s.sc.V1PaymentIntents.Create(ctx, params) // want "\\[idempotency\\] stripe V1PaymentIntents.Create is retried by backoff.RetryWithData .* without an idempotency key"
		var se *stripe.Error
		if errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest) {
			return nil, backoff.Permanent(err)
		}
		return pi, err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	pi, err := backoff.RetryWithData(op, b)
	if err != nil {
		return nil, err
	}
	s.log.Info("ach debit started", "run", run.ID, "pi", pi.ID, "status", pi.Status)
	return pi, nil
}

// RefundOverfunding returns money collected twice for one run.
func (s *Stripe) RefundOverfunding(ctx context.Context, run domain.PayrollRun, paymentIntentID string, amount int64) error {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Amount:        stripe.Int64(amount),
		Reason:        stripe.String("duplicate"),
	}
	params.SetIdempotencyKey("overfund-refund-" + run.ID)
	return kit.Retry(ctx, kit.DefaultPolicy, func(ctx context.Context) error {
		_, err := s.sc.V1Refunds.Create(ctx, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return err
		}
		if err != nil {
			return kit.Retryable(err)
		}
		return nil
	})
}
