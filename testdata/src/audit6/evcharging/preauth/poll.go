package preauth

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
)

var ErrHoldFailed = errors.New("preauth: card hold failed")

// WaitAuthorised is used by the app's "waiting for your bank" spinner.
func (h *Holds) WaitAuthorised(ctx context.Context, piID string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	t := time.NewTicker(300 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 300ms"
	defer t.Stop()
	for {
		pi, err := h.pi.Get(piID, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return nil, ErrHoldFailed
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// AwaitCapturable is used by the session-end job before it captures.
func (h *Holds) AwaitCapturable(piID string) *stripe.PaymentIntent {
	for { // want "\\[pollbound\\] loop polling payment piID stops only when the payment succeeds \\(line 43\\).* and it has no bound"
		pi, err := h.pi.Get(piID, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusRequiresCapture {
			return pi
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitSettled follows a capture until Stripe reports it succeeded.
func (h *Holds) WaitSettled(ctx context.Context, piID string) error {
	wait := 2 * time.Second
	for attempt := 0; attempt < 8; attempt++ {
		pi, err := h.pi.Get(piID, nil)
		if err == nil {
			switch pi.Status {
			case stripe.PaymentIntentStatusSucceeded:
				return nil
			case stripe.PaymentIntentStatusCanceled:
				return ErrHoldFailed
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return errors.New("preauth: capture still pending, escalate")
}
