// Package btvoid releases Braintree authorizations (a car-hire deposit
// hold voided at return). A void moves no money and needs no key, but a
// gateway that is failing is hit as hard by voids retried back to back.
package btvoid

import (
	"context"
	"time"

	"github.com/braintree-go/braintree-go"
)

type Desk struct{ bt *braintree.Braintree }

// --- flagged ---

// releaseNow voids the hold three times in a row.
func (d *Desk) releaseNow(ctx context.Context, txID string) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = d.bt.Transaction().Void(ctx, txID); err == nil { // want `braintree Transaction.Void is retried by a for loop \(line 20\) with no wait between attempts`
			return nil
		}
	}
	return err
}

// --- silent ---

// releasePaced waits longer before each new void.
func (d *Desk) releasePaced(ctx context.Context, txID string) error {
	wait := 500 * time.Millisecond
	var err error
	for i := 0; i < 3; i++ {
		if _, err = d.bt.Transaction().Void(ctx, txID); err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return err
}

// releaseOnce voids once and reports the failure.
func (d *Desk) releaseOnce(ctx context.Context, txID string) error {
	_, err := d.bt.Transaction().Void(ctx, txID)
	return err
}

// Store records the rental's deposit state.
type Store interface {
	MarkReleased(ctx context.Context, id string) error
	Backoff(ctx context.Context, attempt int) error
}

type Returns struct {
	bt    *braintree.Braintree
	store Store
}

// --- flagged ---

// releaseAndRecord voids back to back; the store is called only on the
// way out of the loop, after the last void.
func (d *Returns) releaseAndRecord(ctx context.Context, txID string) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = d.bt.Transaction().Void(ctx, txID); err == nil { // want `braintree Transaction.Void is retried by a for loop \(line 67\) with no wait between attempts`
			return d.store.MarkReleased(ctx, txID)
		}
	}
	return err
}

// --- silent ---

// releaseThrottled calls the store between two voids: it may wait there.
func (d *Returns) releaseThrottled(ctx context.Context, txID string) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = d.bt.Transaction().Void(ctx, txID); err == nil {
			return nil
		}
		if berr := d.store.Backoff(ctx, i); berr != nil {
			return berr
		}
	}
	return err
}

// releaseInOperation: in a closure a return ends one attempt only; the
// helper decides the wait (unknown here).
func (d *Returns) releaseInOperation(ctx context.Context, txID string, do func(func() error) error) error {
	return do(func() error {
		if _, err := d.bt.Transaction().Void(ctx, txID); err != nil {
			return err
		}
		return d.store.MarkReleased(ctx, txID)
	})
}
