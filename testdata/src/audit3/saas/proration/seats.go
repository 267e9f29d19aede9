package proration

import (
	"context"
	"errors"
	"fmt"

	"github.com/cenkalti/backoff/v4"
)

type SeatChange struct {
	SubscriptionID string
	PriceID        string
	Added          int
	ChangeID       string // seat_changes.id, unique per admin action
}

// ChargeAddedSeats charges the prorated seats now ("effective_from": "immediately").
func (p *PaddleAPI) ChargeAddedSeats(ctx context.Context, ch SeatChange) error {
	body := map[string]any{
		"effective_from": "immediately",
		"items":          []ChargeItem{{PriceID: ch.PriceID, Quantity: ch.Added}},
	}
	op := func() error {
		err := p.do(ctx, "POST", "/subscriptions/"+ch.SubscriptionID+"/charge", body, "") // want "\\[idempotency\\] POST /subscriptions/{}/charge is retried by backoff.Retry"
		var r retryable
		if err != nil && !errors.As(err, &r) {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// ChargeAddedSeatsKeyed is the same charge with the seat change's id as key,
// but retried in a tight loop.
func (p *PaddleAPI) ChargeAddedSeatsKeyed(ctx context.Context, ch SeatChange) error {
	body := map[string]any{
		"effective_from": "immediately",
		"items":          []ChargeItem{{PriceID: ch.PriceID, Quantity: ch.Added}},
	}
	op := func() error {
		err := p.do(ctx, "POST", "/subscriptions/"+ch.SubscriptionID+"/charge", body, "seats-"+ch.ChangeID) // want "\\[retrybackoff\\] POST /subscriptions/{}/charge is retried by backoff.Retry \\(line 50\\) with no wait between attempts"
		var r retryable
		if err != nil && !errors.As(err, &r) {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, backoff.WithMaxRetries(&backoff.ZeroBackOff{}, 5))
}

// PreviewCharge asks Paddle what the proration would cost (nothing is billed).
func (p *PaddleAPI) PreviewCharge(ctx context.Context, ch SeatChange) error {
	body := map[string]any{
		"effective_from": "immediately",
		"items":          []ChargeItem{{PriceID: ch.PriceID, Quantity: ch.Added}},
	}
	return backoff.Retry(func() error {
		err := p.do(ctx, "POST", "/subscriptions/"+ch.SubscriptionID+"/charge/preview", body, "")
		var r retryable
		if err != nil && !errors.As(err, &r) {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3))
}

// ReduceSeats lowers the quantity from the next period; no charge is made.
func (p *PaddleAPI) ReduceSeats(ctx context.Context, subID, priceID string, seats int) error {
	body := map[string]any{
		"proration_billing_mode": "do_not_bill",
		"items":                  []ChargeItem{{PriceID: priceID, Quantity: seats}},
	}
	if err := p.do(ctx, "PATCH", "/subscriptions/"+subID, body, ""); err != nil {
		return fmt.Errorf("reduce seats: %w", err)
	}
	return nil
}
