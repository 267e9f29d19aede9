// Package giftcards issues gift cards bought with cash vouchers, waiting
// for the voucher to be paid.
package giftcards

import (
	"context"
	"errors"
	"time"

	"pollbound/voucherpredicate/cashvoucher"
)

// Issuer issues gift cards.
type Issuer struct {
	Vouchers *cashvoucher.Client
	Issue    func(ctx context.Context, ref string) error
}

// AwaitCash leaves only when the voucher is paid: an expired or canceled
// voucher keeps it polling every 15 minutes until the 72h deadline.
func (g *Issuer) AwaitCash(ctx context.Context, id, ref string) error {
	deadline := time.Now().Add(72 * time.Hour)
	for time.Now().Before(deadline) { // want `loop polling payment id stops only when the payment succeeds \(line 29\): a payment that ends FAILED, expired or canceled keeps it polling; return on the failed terminal states too`
		v, err := g.Vouchers.Get(ctx, id)
		if err != nil {
			return err
		}
		if v.IsPaid() {
			return g.Issue(ctx, ref)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(15 * time.Minute):
		}
	}
	return nil
}

// AwaitCashTicker: the same on a ticker under the caller's context.
func (g *Issuer) AwaitCashTicker(ctx context.Context, id, ref string) error {
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for { // want `loop polling payment id stops only when the payment succeeds \(line 56\)`
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		v, err := g.Vouchers.Get(ctx, id)
		if err != nil {
			continue
		}
		switch {
		case v.IsPaid():
			return g.Issue(ctx, ref)
		}
	}
}

// AwaitCashOrVoid leaves on a void voucher too: silent.
func (g *Issuer) AwaitCashOrVoid(ctx context.Context, id, ref string) error {
	deadline := time.Now().Add(72 * time.Hour)
	for time.Now().Before(deadline) {
		v, err := g.Vouchers.Get(ctx, id)
		if err != nil {
			return err
		}
		if v.IsPaid() {
			return g.Issue(ctx, ref)
		}
		if v.IsVoid() {
			return errors.New("voucher expired unpaid")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(15 * time.Minute):
		}
	}
	return nil
}

// AwaitCashOrExpired compares the failed states itself: silent.
func (g *Issuer) AwaitCashOrExpired(ctx context.Context, id, ref string) error {
	for i := 0; i < 288; i++ {
		v, err := g.Vouchers.Get(ctx, id)
		if err != nil {
			return err
		}
		if v.IsPaid() {
			return g.Issue(ctx, ref)
		}
		if v.Status == cashvoucher.StatusExpired || v.Status == cashvoucher.StatusCanceled {
			return errors.New("voucher void")
		}
		time.Sleep(15 * time.Minute)
	}
	return errors.New("voucher still pending")
}

// AwaitLabel waits for a shipping label, no payment: silent.
func (g *Issuer) AwaitLabel(ctx context.Context, id string) error {
	for i := 0; i < 30; i++ {
		l, err := g.Vouchers.Label(ctx, id)
		if err != nil {
			return err
		}
		if l.IsPrinted() {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return errors.New("label not printed")
}
