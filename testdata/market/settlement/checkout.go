package settlement

import (
	"context"
	"errors"
	"time"

	"example.com/market/internal/psp"
	"example.com/market/internal/retryx"
)

// PayOut charges a customer and waits for the charge through the in-house
// poll helper; when the helper gives up (ctx deadline) the loop charges
// again while the first charge may still be pending.
func (w *Waiter) PayOut(ctx context.Context, customer string, amount int64) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		ch, err := w.PSP.CreateCharge(ctx, customer, amount, "") // paylint: expect pollcreate // paylint: expect idempotency
		if err != nil {
			return "", err
		}
		wait, cancel := context.WithTimeout(ctx, time.Minute)
		err = retryx.Until(wait, 2*time.Second, func(ctx context.Context) (bool, error) {
			c, err := w.PSP.GetCharge(ctx, ch.ID)
			if err != nil {
				return false, err
			}
			return c.Status == psp.StatusSucceeded, nil
		})
		cancel()
		if err == nil {
			return ch.ID, nil
		}
	}
	return "", errors.New("settlement: charge not confirmed")
}

// PayOutAll charges each customer once and waits for each charge: a loop
// over customers, not a new charge for the same one (look-alike, silent).
func (w *Waiter) PayOutAll(ctx context.Context, customers []string, amount int64) error {
	for _, customer := range customers {
		ch, err := w.PSP.CreateCharge(ctx, customer, amount, "payout-"+customer)
		if err != nil {
			return err
		}
		_ = retryx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			c, err := w.PSP.GetCharge(ctx, ch.ID)
			if err != nil {
				return false, err
			}
			return c.Status == psp.StatusSucceeded, nil
		})
	}
	return nil
}
