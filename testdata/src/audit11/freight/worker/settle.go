// Package worker runs the background jobs: carrier settlement, invoice
// collection, bank-transfer follow-up and fuel-card top-ups.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"audit11/freight/domain"
	"audit11/freight/quickpay"
	"audit11/freight/store"
)

// Settler pays carriers for loads that were delivered but not paid out.
type Settler struct {
	loads         *store.Loads
	qp            *quickpay.Client
	log           *slog.Logger
	batch         int
	resubmitAfter time.Duration
	pollEvery     time.Duration
}

// NewSettler returns a Settler.
func NewSettler(loads *store.Loads, qp *quickpay.Client, log *slog.Logger) *Settler {
	return &Settler{loads: loads, qp: qp, log: log, batch: 100, resubmitAfter: 30 * time.Minute, pollEvery: 10 * time.Second}
}

// RunOnce settles one batch of delivered loads.
func (s *Settler) RunOnce(ctx context.Context) error {
	loads, err := s.loads.DeliveredUnpaid(ctx, time.Now().Add(-2*time.Hour), s.batch)
	if err != nil {
		return fmt.Errorf("list loads: %w", err)
	}
	var errs []error
	for _, l := range loads {
		if err := s.settle(ctx, l); err != nil {
			s.log.Error("settle load", "load", l.ID, "err", err)
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (s *Settler) settle(ctx context.Context, l domain.Load) error {
	c, err := s.loads.Carrier(ctx, l.CarrierID)
	if err != nil {
		return err
	}
	req := quickpay.PayoutRequest{
		Reference:   "load-" + l.ID,
		AccountID:   c.PayoutAccount,
		AmountCents: l.RateCents,
		Currency:    "USD",
		Memo:        "Quick pay load " + l.ID,
	}
	p, err := s.qp.CreatePayout(ctx, req)
	if err != nil {
		return err
	}
	if err := s.loads.MarkPayoutStarted(ctx, l.ID, p.ID); err != nil {
		return err
	}
	resubmits := 0
	deadline := time.Now().Add(s.resubmitAfter)
	for polls := 0; polls < 360; polls++ {
		cur, err := s.qp.GetPayout(ctx, p.ID)
		if err != nil {
			return err
		}
		switch cur.Status {
		case quickpay.StatusPaid:
			return s.loads.MarkPaidOut(ctx, l.ID, cur.ID)
		case quickpay.StatusFailed, quickpay.StatusReturned:
			return s.loads.MarkPayoutFailed(ctx, l.ID, cur.FailureCode)
		}
		if time.Now().After(deadline) && resubmits < 2 {
			resubmits++
			s.log.Warn("payout stuck, resubmitting", "load", l.ID, "payout", p.ID)
			req.Reference = fmt.Sprintf("load-%s-r%d", l.ID, resubmits)
			if p, err = s.qp.CreatePayout(ctx, req); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.ID \\(line 69\\)"
				return err
			}
			deadline = time.Now().Add(s.resubmitAfter)
		}
		time.Sleep(s.pollEvery)
	}
	return fmt.Errorf("payout %s for load %s still pending", p.ID, l.ID)
}

// Expedite pays a single load by instant payout and waits for it.
func (s *Settler) Expedite(ctx context.Context, l domain.Load) error {
	c, err := s.loads.Carrier(ctx, l.CarrierID)
	if err != nil {
		return err
	}
	p, err := s.qp.PayAndWait(ctx, quickpay.PayoutRequest{
		Reference:   "load-" + l.ID,
		AccountID:   c.PayoutAccount,
		AmountCents: l.RateCents,
		Currency:    "USD",
	})
	if err != nil {
		return err
	}
	return s.loads.MarkPaidOut(ctx, l.ID, p.ID)
}
