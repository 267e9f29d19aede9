// Package capped pays a supplier invoice through stripe-go and waits
// through pacer.Tries, a helper of another package that answers (false,
// nil) once its tries ran out. Paying again on that answer with no key
// of its own lets stripe-go add a new random key to each call: the
// provider takes every pass for a new payment.
package capped

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"c15pkit/pacer"
)

var errPending = errors.New("invoice payment still processing")

func settled(ctx context.Context, id string) (bool, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return false, err
	}
	switch pi.Status {
	case stripe.PaymentIntentStatusSucceeded:
		return true, nil
	case stripe.PaymentIntentStatusCanceled:
		return false, errors.New("invoice payment canceled")
	}
	return false, nil
}

// --- flagged ---

// payInvoice pays again, keyless, when pacer.Tries ran out.
func payInvoice(ctx context.Context, invoice string, cents int64) error {
	for pass := 0; pass < 4; pass++ {
		pi, err := paymentintent.New(&stripe.PaymentIntentParams{ // want `stripe paymentintent.New is made again on every pass of the loop \(line 39\) after pacer.Tries \(line 48\) gives up`
			Amount:   stripe.Int64(cents),
			Currency: stripe.String("usd"),
			Metadata: map[string]string{"invoice": invoice},
		})
		if err != nil {
			return err
		}
		ok, err := pacer.Tries(ctx, 6, 3*time.Second, func(ctx context.Context) (bool, error) { return settled(ctx, pi.ID) })
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errPending
}

// --- silent ---

// payInvoiceKeyed makes its key once, before the loop: every pass is the
// same payment to Stripe.
func payInvoiceKeyed(ctx context.Context, invoice string, cents int64) error {
	p := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String("usd"),
	}
	p.SetIdempotencyKey("invoice-" + invoice)
	for pass := 0; pass < 4; pass++ {
		pi, err := paymentintent.New(p)
		if err != nil {
			return err
		}
		ok, err := pacer.Tries(ctx, 6, 3*time.Second, func(ctx context.Context) (bool, error) { return settled(ctx, pi.ID) })
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
	return errPending
}
