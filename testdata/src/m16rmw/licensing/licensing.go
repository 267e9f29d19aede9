// Package licensing applies paid invoices to licenses, plans and wallets:
// a concrete service the webhook package calls.
package licensing

import (
	"context"
	"fmt"
	"time"

	"m16rmw/store"
)

// Service applies paid invoices.
type Service struct {
	Licenses *store.Licenses
	Plans    *store.Plans
	Wallets  *store.Wallets
}

// --- read-modify-write: the stored value pushed forward and written back ---

// Renew adds a year to the license: the field pushed, then handed to the
// setter.
func (s *Service) Renew(ctx context.Context, owner string) error {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	l.ValidUntil = l.ValidUntil.AddDate(1, 0, 0)
	return s.Licenses.SetValidUntil(ctx, l.ID, l.ValidUntil)
}

// RenewPlan adds thirty days to the plan through a local.
func (s *Service) RenewPlan(ctx context.Context, team string) error {
	p, err := s.Plans.ByTeam(ctx, team)
	if err != nil {
		return err
	}
	next := p.PeriodEnd.Add(30 * 24 * time.Hour)
	return s.Plans.SetPeriodEnd(ctx, p.ID, next)
}

// TopUp adds the pack's credits to the balance read from the row.
func (s *Service) TopUp(ctx context.Context, owner string, credits int64) error {
	w, err := s.Wallets.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	return s.Wallets.SetCreditBalance(ctx, w.ID, w.CreditBalance+credits)
}

// --- look-alikes: the same value on every call, or nothing written back ---

// RenewTo sets the end the invoice carries.
func (s *Service) RenewTo(ctx context.Context, owner string, periodEnd time.Time) error {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	return s.Licenses.SetValidUntil(ctx, l.ID, periodEnd)
}

// RenewFromToday sets the end a year from today.
func (s *Service) RenewFromToday(ctx context.Context, owner string) error {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	return s.Licenses.SetValidUntil(ctx, l.ID, time.Now().AddDate(1, 0, 0))
}

// Remind schedules a reminder a week before the end: another column.
func (s *Service) Remind(ctx context.Context, owner string) error {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	return s.Licenses.SetRemindAt(ctx, l.ID, l.ValidUntil.AddDate(0, 0, -7))
}

// NextEnd shows the end a renewal would give; the stored end is untouched.
func (s *Service) NextEnd(ctx context.Context, owner string) (string, error) {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return "", err
	}
	next := l.ValidUntil.AddDate(1, 0, 0)
	return fmt.Sprintf("your license will run until %s once renewed", next.Format("2006-01-02")), nil
}

// CountRetry counts a retried top-up: a counter, no balance.
func (s *Service) CountRetry(ctx context.Context, owner string) error {
	w, err := s.Wallets.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	w.Retries += 1
	return s.Wallets.SetRetries(ctx, w.ID, w.Retries)
}

// --- the license handed whole to a writer that is named for no save ---

// Reactivate adds a year and hands the license to Apply.
func (s *Service) Reactivate(ctx context.Context, owner string) error {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	l.ValidUntil = l.ValidUntil.AddDate(1, 0, 0)
	l.Status = "active"
	return s.Licenses.Apply(ctx, l)
}

// ReactivateTo sets the invoice's end and hands the license to Apply.
func (s *Service) ReactivateTo(ctx context.Context, owner string, periodEnd time.Time) error {
	l, err := s.Licenses.ByOwner(ctx, owner)
	if err != nil {
		return err
	}
	l.ValidUntil = periodEnd
	l.Status = "active"
	return s.Licenses.Apply(ctx, l)
}
