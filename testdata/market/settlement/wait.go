// Package settlement waits for charges to settle when no webhook arrived.
package settlement

import (
	"context"
	"errors"
	"time"

	"example.com/market/internal/psp"
	"example.com/market/internal/retryx"
)

var errFailed = errors.New("charge failed")

// Waiter reads charges until they are final.
type Waiter struct{ PSP *psp.Client }

// Settled polls twice a second through the in-house helper.
func (w *Waiter) Settled(ctx context.Context, id string) error {
	return retryx.Until(ctx, 500*time.Millisecond, func(ctx context.Context) (bool, error) { // paylint: expect pollinterval
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return false, err
		}
		if ch.Status == psp.StatusFailed {
			return false, errFailed
		}
		return ch.Status == psp.StatusSucceeded, nil
	})
}

// SettledSlowly polls every five seconds.
func (w *Waiter) SettledSlowly(ctx context.Context, id string) error {
	return retryx.Until(ctx, 5*time.Second, func(ctx context.Context) (bool, error) {
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return false, err
		}
		switch ch.Status {
		case psp.StatusSucceeded:
			return true, nil
		case psp.StatusFailed:
			return false, errFailed
		}
		return false, nil
	})
}

// SettledEventually has no deadline: a charge stuck pending is polled
// forever.
func (w *Waiter) SettledEventually(id string) error {
	ctx := context.Background()
	// paylint: expect pollbound
	return retryx.Forever(5*time.Second, func() (bool, error) {
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return false, err
		}
		return ch.Status == psp.StatusSucceeded || ch.Status == psp.StatusFailed, nil
	})
}

// SettledInBackground hands the helper a context that never ends.
func (w *Waiter) SettledInBackground(id string) error {
	// paylint: expect pollbound
	return retryx.Until(context.Background(), 5*time.Second, func(ctx context.Context) (bool, error) {
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return false, err
		}
		return ch.Status != psp.StatusPending, nil
	})
}

// Reachable retries the read until the provider answers: it never looks
// at the status, so it is no poll.
func (w *Waiter) Reachable(ctx context.Context, id string) error {
	return retryx.Until(ctx, 5*time.Second, func(ctx context.Context) (bool, error) {
		_, err := w.PSP.GetCharge(ctx, id)
		return err == nil, nil
	})
}

// Recharge polls, and charges again while the old charge is pending: the
// buyer may pay twice.
func (w *Waiter) Recharge(ctx context.Context, customer string, amount int64, id string) error {
	return retryx.Until(ctx, 5*time.Second, func(ctx context.Context) (bool, error) {
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return false, err
		}
		if ch.Status == psp.StatusPending {
			n, err := w.PSP.CreateCharge(ctx, customer, amount, "") // paylint: expect pollcreate
			if err != nil {
				return false, err
			}
			id = n.ID
		}
		return ch.Status == psp.StatusSucceeded, nil
	})
}

// Loop is a hand-written poll every second.
func (w *Waiter) Loop(ctx context.Context, id string) (*psp.Charge, error) {
	for {
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return nil, err
		}
		if ch.Status == psp.StatusSucceeded || ch.Status == psp.StatusFailed {
			return ch, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second): // paylint: expect pollinterval
		}
	}
}

// SettledEveryTwoSeconds polls at the provider's limit.
func (w *Waiter) SettledEveryTwoSeconds(ctx context.Context, id string) error {
	return retryx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
		ch, err := w.PSP.GetCharge(ctx, id)
		if err != nil {
			return false, err
		}
		return ch.Status != psp.StatusPending, nil
	})
}

// SettledAll waits for each charge in turn: one bounded poll per charge.
func (w *Waiter) SettledAll(ctx context.Context, ids []string) error {
	for _, id := range ids {
		err := retryx.Until(ctx, 5*time.Second, func(ctx context.Context) (bool, error) {
			ch, err := w.PSP.GetCharge(ctx, id)
			if err != nil {
				return false, err
			}
			return ch.Status == psp.StatusSucceeded || ch.Status == psp.StatusFailed, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
