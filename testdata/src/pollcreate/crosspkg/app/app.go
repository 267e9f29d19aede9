// Package app creates charges and waits for them through pollx.
package app

import (
	"context"
	"errors"
	"log"
	"time"

	"pollcreate/crosspkg/pollx"
	"pollcreate/crosspkg/psp"
)

var errFailed = errors.New("payment failed")

const key = "order-1"

// --- flagged ---

// payUntilConfirmed creates, waits, and on a timeout goes round and
// creates again while the first payment may still be pending.
func payUntilConfirmed(ctx context.Context, c *psp.Client, amount int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayment(ctx, amount, key) // want `new payment created on every pass of the loop \(line 23\) that waits for it through pollx.Until \(line 28\)`
		if err != nil {
			return err
		}
		err = pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			if err != nil {
				return false, err
			}
			return s.Status == "CONFIRMED", nil
		})
		if err == nil {
			return nil
		}
		log.Printf("payment %s not confirmed yet: %v", p.ID, err)
	}
	return errors.New("gave up")
}

// continueOnTimeout: the id goes through a local; continue on error.
func continueOnTimeout(ctx context.Context, c *psp.Client, amount int64) error {
	for {
		p, err := c.CreatePayment(ctx, amount, key) // want `new payment created on every pass of the loop`
		if err != nil {
			return err
		}
		id := p.ID
		if err := pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, id)
			return s.Status == "CONFIRMED", err
		}); err != nil {
			continue
		}
		return nil
	}
}

// --- silent ---

// perOrder creates and waits for one payment per order.
func perOrder(ctx context.Context, c *psp.Client, amounts []int64) error {
	for _, a := range amounts {
		p, err := c.CreatePayment(ctx, a, key)
		if err != nil {
			return err
		}
		_ = pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		})
	}
	return nil
}

// perOrderIndexed is a counted loop over orders, each waited for once.
func perOrderIndexed(ctx context.Context, c *psp.Client, amounts []int64) error {
	for i := 0; i < len(amounts); i++ {
		p, err := c.CreatePayment(ctx, amounts[i], key)
		if err != nil {
			return err
		}
		if err := pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		}); err != nil {
			return err
		}
	}
	return nil
}

// returnsWait: the loop retries only the creation; the wait's result
// leaves the loop.
func returnsWait(ctx context.Context, c *psp.Client, amount int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayment(ctx, amount, key)
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		return pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		})
	}
	return errors.New("gave up")
}

// afterFailure: the poll ends with an error only on a failed payment;
// creating a new one after a terminal failure is the advice.
func afterFailure(ctx context.Context, c *psp.Client, amount int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayment(ctx, amount, key)
		if err != nil {
			return err
		}
		err = pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			if err != nil {
				return false, nil
			}
			if s.Status == "FAILED" {
				return false, errFailed
			}
			return s.Status == "CONFIRMED", nil
		})
		if err == nil {
			return nil
		}
	}
	return errors.New("gave up")
}

// pollsAnother: the loop waits for a payment it did not create.
func pollsAnother(ctx context.Context, c *psp.Client, amount int64, id string) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.CreatePayment(ctx, amount, key); err != nil {
			return err
		}
		if err := pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, id)
			return s.Status == "CONFIRMED", err
		}); err == nil {
			return nil
		}
	}
	return nil
}

// perItemDropped is a counted loop over orders that ignores each wait's
// result: still one payment per order.
func perItemDropped(ctx context.Context, c *psp.Client, amounts []int64) {
	for i := 0; i < len(amounts); i++ {
		p, err := c.CreatePayment(ctx, amounts[i], key)
		if err != nil {
			continue
		}
		_ = pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		})
	}
}

// droppedWait ignores the wait's result and creates again: flagged.
func droppedWait(ctx context.Context, c *psp.Client, amount int64) {
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.CreatePayment(ctx, amount, key) // want `new payment created on every pass of the loop`
		if err != nil {
			continue
		}
		_ = pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		})
	}
}

// retriedWait: a retry helper whose callback creates and returns the
// wait's error: the retry creates again while the payment is pending.
func retriedWait(ctx context.Context, c *psp.Client, amount int64) error {
	return pollx.Do(ctx, 3, func() error {
		p, err := c.CreatePayment(ctx, amount, key) // want `new payment created on every pass of pollx.Do \(line \d+\) that waits for it through pollx.Until`
		if err != nil {
			return err
		}
		return pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		})
	})
}

// retriedWaitChecked returns the wait's error from an if.
func retriedWaitChecked(ctx context.Context, c *psp.Client, amount int64) error {
	return pollx.Do(ctx, 3, func() error {
		p, err := c.CreatePayment(ctx, amount, key) // want `new payment created on every pass of pollx.Do`
		if err != nil {
			return err
		}
		if err := pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		}); err != nil {
			return err
		}
		return nil
	})
}

// retriedCreateOnly: the wait's error is logged, the callback succeeds:
// the retry repeats only a failed creation (silent).
func retriedCreateOnly(ctx context.Context, c *psp.Client, amount int64) error {
	return pollx.Do(ctx, 3, func() error {
		p, err := c.CreatePayment(ctx, amount, key)
		if err != nil {
			return err
		}
		if err := pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			return s.Status == "CONFIRMED", err
		}); err != nil {
			log.Printf("payment %s still pending: %v", p.ID, err)
		}
		return nil
	})
}

// retriedAfterFailure: the wait fails only on a FAILED payment (silent).
func retriedAfterFailure(ctx context.Context, c *psp.Client, amount int64) error {
	return pollx.Do(ctx, 3, func() error {
		p, err := c.CreatePayment(ctx, amount, key)
		if err != nil {
			return err
		}
		return pollx.Until(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			s, err := c.GetPayment(ctx, p.ID)
			if err != nil {
				return false, nil
			}
			if s.Status == "FAILED" {
				return false, errFailed
			}
			return s.Status == "CONFIRMED", nil
		})
	})
}
