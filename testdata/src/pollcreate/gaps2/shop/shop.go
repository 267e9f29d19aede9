// Package shop charges invoices and waits for the charges to settle.
package shop

import (
	"context"
	"errors"
	"fmt"
	"time"

	"pollcreate/gaps2/gateway"
	"pollcreate/gaps2/until"
)

var errDeclined = errors.New("charge declined")

type billing struct{ gw *gateway.Client }

// settledOrDeclined makes the wait's condition for one charge; a decline
// ends the wait with errDeclined.
func (b *billing) settledOrDeclined(chargeID string) until.Cond {
	return func(ctx context.Context) (bool, error) {
		ch, err := b.gw.Fetch(ctx, chargeID)
		if err != nil {
			return false, err
		}
		if ch.State == "declined" {
			return false, errDeclined
		}
		return ch.State == "settled", nil
	}
}

// --- flagged ---

// renew gives each attempt its own 20s wait: when it runs out while the
// charge is still pending, the loop opens another one. The attempt number
// in the reference makes every charge new to the gateway.
func (b *billing) renew(ctx context.Context, invoice string, cents int64) error {
	var err error
	for try := 1; try <= 3; try++ {
		ch, oerr := b.gw.Open(ctx, cents, fmt.Sprintf("%s/%d", invoice, try)) // want `new payment created on every pass of the loop \(line \d+\) that waits for it through until.Done \(line \d+\)`
		if oerr != nil {
			return oerr
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		err = until.Done(wctx, 2*time.Second, b.settledOrDeclined(ch.ID))
		cancel()
		if err == nil || errors.Is(err, errDeclined) {
			return err
		}
	}
	return err
}

// readErrorGoesRound: the wait ends on a decline, but a failed read also
// ends it, and then the loop opens another charge.
func (b *billing) readErrorGoesRound(ctx context.Context, invoice string, cents int64) error {
	for try := 0; try < 3; try++ {
		ch, err := b.gw.Open(ctx, cents, invoice) // want `new payment created on every pass of the loop`
		if err != nil {
			return err
		}
		err = until.Done(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			c, err := b.gw.Fetch(ctx, ch.ID)
			if err != nil {
				return false, err
			}
			if c.State == "declined" {
				return false, errDeclined
			}
			return c.State == "settled", nil
		})
		if err == nil {
			return nil
		}
	}
	return errors.New("not settled")
}

// --- silent ---

// onlyAfterDecline: read errors are retried inside the wait and its only
// bound is the caller's context, after which opening fails too: a new
// charge is opened only after a decline.
func (b *billing) onlyAfterDecline(ctx context.Context, invoice string, cents int64) error {
	for try := 0; try < 3; try++ {
		ch, err := b.gw.Open(ctx, cents, fmt.Sprintf("%s-%d", invoice, try))
		if err != nil {
			return err
		}
		err = until.Done(ctx, 2*time.Second, func(ctx context.Context) (bool, error) {
			c, err := b.gw.Fetch(ctx, ch.ID)
			if err != nil {
				return false, nil
			}
			if c.State == "declined" {
				return false, errDeclined
			}
			return c.State == "settled", nil
		})
		if err == nil {
			return nil
		}
	}
	return errors.New("declined three times")
}

// timeoutLeaves: a wait that runs out leaves the loop; only a decline
// goes round.
func (b *billing) timeoutLeaves(ctx context.Context, invoice string, cents int64) error {
	for try := 1; try <= 3; try++ {
		ch, err := b.gw.Open(ctx, cents, fmt.Sprintf("%s/%d", invoice, try))
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		err = until.Done(wctx, 2*time.Second, b.settledOrDeclined(ch.ID))
		cancel()
		if err == nil || errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
	return errDeclined
}

// eachInvoice charges every invoice once, numbered by the loop.
func (b *billing) eachInvoice(ctx context.Context, cents []int64) error {
	for i := 0; i < len(cents); i++ {
		ch, err := b.gw.Open(ctx, cents[i], fmt.Sprintf("batch-%d", i))
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		err = until.Done(wctx, 2*time.Second, b.settledOrDeclined(ch.ID))
		cancel()
		if err != nil && !errors.Is(err, errDeclined) {
			continue
		}
	}
	return nil
}

// eachNumbered charges invoices counted up to their number.
func (b *billing) eachNumbered(ctx context.Context, invoices []string, cents int64) {
	for n := 0; n < len(invoices); n++ {
		ch, err := b.gw.Open(ctx, cents, fmt.Sprintf("inv-%d", n))
		if err != nil {
			continue
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		_ = until.Done(wctx, 2*time.Second, b.settledOrDeclined(ch.ID))
		cancel()
	}
}

// installments opens installment n+1 of a plan on each pass: a number
// made from the counter is an item, not an attempt.
func (b *billing) installments(ctx context.Context, cents int64) {
	for n := 0; n < 3; n++ {
		ch, err := b.openInstallment(ctx, cents, n+1)
		if err != nil {
			continue
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		_ = until.Done(wctx, 2*time.Second, b.settledOrDeclined(ch.ID))
		cancel()
	}
}

func (b *billing) openInstallment(ctx context.Context, cents int64, n int) (*gateway.Charge, error) {
	return b.gw.Open(ctx, cents/3, fmt.Sprintf("plan-%d", n))
}
