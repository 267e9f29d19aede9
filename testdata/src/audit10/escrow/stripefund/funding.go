// Package stripefund holds milestone funds with Stripe PaymentIntents
// (manual capture) and releases them with Connect transfers.
package stripefund

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"

	"audit10/escrow/domain"
)

// ErrNotAuthorised is returned when the client's card was not authorised.
var ErrNotAuthorised = errors.New("stripefund: payment not authorised")

// Funding creates and settles the client side of a milestone.
type Funding struct {
	returnURL string
	attempts  int
}

// Option configures Funding.
type Option func(*Funding)

// WithAttempts overrides how many times capture is attempted.
func WithAttempts(n int) Option { return func(f *Funding) { f.attempts = n } }

// New returns a Funding; stripe.Key must be set by the caller.
func New(returnURL string, opts ...Option) *Funding {
	f := &Funding{returnURL: returnURL, attempts: 3}
	for _, o := range opts {
		o(f)
	}
	return f
}

// Fund authorises the milestone amount on the client's card; the money is
// captured only when the work is approved.
func (f *Funding) Fund(ctx context.Context, m domain.Milestone, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(m.AmountCents),
		Currency:      stripe.String(m.Currency),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		PaymentMethod: stripe.String(paymentMethod),
		ReturnURL:     stripe.String(f.returnURL + "?milestone=" + m.ID),
		Metadata:      map[string]string{"milestone_id": m.ID, "contract_id": m.ContractID},
	}
	params.Context = ctx
	params.SetIdempotencyKey("fund-" + m.ID)

	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	return backoff.RetryWithData(func() (*stripe.PaymentIntent, error) {
		pi, err := paymentintent.New(params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return nil, backoff.Permanent(err)
		}
		return pi, err
	}, b)
}

// Capture takes the authorised money once the client approved the work.
func (f *Funding) Capture(ctx context.Context, m domain.Milestone) (*stripe.PaymentIntent, error) {
	var lastErr error
	wait := 500 * time.Millisecond
	for attempt := 0; attempt < f.attempts; attempt++ {
		params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(m.AmountCents)}
		params.Context = ctx
		params.AddMetadata("approved_milestone", m.ID)
		pi, err := paymentintent.Capture(m.PaymentIntentID, params) // want "\\[idempotency\\] stripe paymentintent.Capture is retried by a for loop \\(line 74\\) without an idempotency key"
		if err == nil {
			return pi, nil
		}
		lastErr = err
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode >= 400 && se.HTTPStatusCode < 500 {
			return nil, err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("capture %s: %w", m.PaymentIntentID, lastErr)
}

// WaitCapturable waits until the client finished authentication and the
// authorisation can be captured later.
func (f *Funding) WaitCapturable(ctx context.Context, piID string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, domain.FundingWaitTimeout)
	defer cancel()
	t := time.NewTicker(domain.FundingPollInterval) // want "\\[pollinterval\\] payment status polled every 1.5s"
	defer t.Stop()
	for {
		params := &stripe.PaymentIntentParams{}
		params.Context = ctx
		pi, err := paymentintent.Get(piID, params)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture, stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, ErrNotAuthorised
		}
		select {
		case <-ctx.Done():
			return pi, ctx.Err()
		case <-t.C:
		}
	}
}

// WaitSettled waits after a capture until the charge has settled, so that
// the transfer to the freelancer has funds behind it.
func (f *Funding) WaitSettled(ctx context.Context, piID string) error {
	for ctx.Err() == nil { // want "\\[pollbound\\] loop polling payment piID stops only when the payment succeeds"
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return ctx.Err()
}

// Unfund gives the client's money back for a milestone that was cancelled
// before work started: an uncaptured authorisation is released, a captured
// one is refunded.
func (f *Funding) Unfund(ctx context.Context, m domain.Milestone) error {
	pi, err := paymentintent.Get(m.PaymentIntentID, nil)
	if err != nil {
		return err
	}
	if pi.Status == stripe.PaymentIntentStatusRequiresCapture {
		_, err := paymentintent.Cancel(pi.ID, &stripe.PaymentIntentCancelParams{
			CancellationReason: stripe.String("requested_by_customer"),
		})
		return err
	}
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		params := &stripe.RefundParams{
			PaymentIntent: stripe.String(pi.ID),
			Reason:        stripe.String("requested_by_customer"),
		}
		params.SetIdempotencyKey(uuid.NewString())
		params.AddMetadata("milestone_id", m.ID)
		if _, lastErr = refund.New(params); lastErr == nil { // want "\\[idempotency\\] stripe refund.New is retried by a for loop \\(line 152\\) with an idempotency key made anew on every attempt"
			return nil
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return lastErr
}
