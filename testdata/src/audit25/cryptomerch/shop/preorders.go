package shop

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"audit25/cryptomerch/commerce"
	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/store"
)

// Deposit states of a pre-order.
const (
	DepositNone    = "none"
	DepositPending = "pending"
	DepositHeld    = "held"
	DepositPaid    = "paid"
)

// Preorders collects deposits for upcoming drops.
type Preorders struct {
	cc        *commerce.Client
	preorders *store.Preorders
	wait      time.Duration
}

// NewPreorders returns the service; wait is how long a deposit link stays live.
func NewPreorders(cc *commerce.Client, preorders *store.Preorders, wait time.Duration) *Preorders {
	return &Preorders{cc: cc, preorders: preorders, wait: wait}
}

// CollectDeposit sends the buyer a stablecoin deposit link and waits for it.
func (s *Preorders) CollectDeposit(ctx context.Context, p *store.Preorder, send func(url string) error) error {
	for round := 0; round < 3; round++ {
		ch, err := s.cc.CreateCharge(ctx, p.ID, "Pre-order deposit", p.DepositCents, "USD", "") // audit: missed pollcreate: when the wait below gives up (ErrGaveUp) the charge may still be PENDING, and the next round opens another deposit charge for the same pre-order
		if err != nil {
			return err
		}
		if err := s.preorders.SetCharge(ctx, p.ID, ch.Code); err != nil {
			return err
		}
		if err := send(ch.HostedURL); err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, s.wait)
		got, err := platform.Poller[*commerce.Charge]{
			Every: 20 * time.Second,
			Fetch: func(ctx context.Context) (*commerce.Charge, error) { return s.cc.GetCharge(ctx, ch.Code) },
			Done:  (*commerce.Charge).Final,
		}.Until(wctx)
		cancel()
		if errors.Is(err, platform.ErrGaveUp) {
			slog.Info("deposit not paid in time, sending a new link", "preorder", p.ID, "round", round)
			continue
		}
		switch got.Status() {
		case commerce.StatusCompleted, commerce.StatusResolved:
			return s.preorders.SetDeposit(ctx, p.ID, DepositPaid, ch.Code)
		default:
			return ErrExpired
		}
	}
	return fmt.Errorf("preorder %s: no deposit after 3 links", p.ID)
}

// RenewDeposit watches the pre-order's current deposit charge and opens a
// new one only once the provider says the old one expired.
func (s *Preorders) RenewDeposit(ctx context.Context, p *store.Preorder, send func(url string) error) error {
	code := p.ChargeCode
	for i := 0; i < 120; i++ {
		ch, err := s.cc.GetCharge(ctx, code)
		if err != nil {
			return err
		}
		switch ch.Status() {
		case commerce.StatusCompleted, commerce.StatusResolved:
			return s.preorders.SetDeposit(ctx, p.ID, DepositPaid, code)
		case commerce.StatusExpired, commerce.StatusCanceled:
			next, err := s.cc.CreateCharge(ctx, p.ID, "Pre-order deposit", p.DepositCents, "USD", "") // audit: lookalike pollcreate: a new charge only after the polled one reached EXPIRED or CANCELED
			if err != nil {
				return err
			}
			code = next.Code
			if err := s.preorders.SetCharge(ctx, p.ID, code); err != nil {
				return err
			}
			if err := send(next.HostedURL); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(30 * time.Second):
		}
	}
	return fmt.Errorf("preorder %s: deposit still open", p.ID)
}
