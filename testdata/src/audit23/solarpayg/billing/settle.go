// Package billing turns money received into light: it collects installments
// on each rail, settles them, pays agents their commission and issues unlock
// tokens.
package billing

import (
	"context"
	"fmt"

	"github.com/google/uuid"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// Notifier sends a text to a phone.
type Notifier interface {
	Send(ctx context.Context, to, text string) error
}

// Settler applies a successful payment to its account exactly once.
type Settler struct {
	ledger  *store.Ledger
	devices *store.Devices
	rate    float64
}

// NewSettler builds a Settler.
func NewSettler(l *store.Ledger, d *store.Devices, commissionRate float64) *Settler {
	return &Settler{ledger: l, devices: d, rate: commissionRate}
}

// Apply settles the payment stored under ref. A payment settled before is left
// alone, so webhooks, return pages and pollers may all call it.
func (s *Settler) Apply(ctx context.Context, ref, providerRef string) (*domain.Token, error) {
	first, err := s.ledger.Settle(ctx, ref, providerRef)
	if err != nil {
		return nil, err
	}
	if !first {
		return nil, nil
	}
	p, err := s.ledger.PaymentByReference(ctx, ref)
	if err != nil {
		return nil, err
	}
	return s.apply(ctx, p)
}

// ApplyReceipt records a payment the customer made on their own (paybill)
// and settles it if it is new.
func (s *Settler) ApplyReceipt(ctx context.Context, p *domain.Payment) (*domain.Token, error) {
	fresh, err := s.ledger.RecordReceipt(ctx, p)
	if err != nil || !fresh {
		return nil, err
	}
	return s.apply(ctx, p)
}

func (s *Settler) apply(ctx context.Context, p *domain.Payment) (*domain.Token, error) {
	acct, err := s.ledger.Account(ctx, p.AccountID)
	if err != nil {
		return nil, err
	}
	if p.Kind == domain.KindDeposit && acct.Status == domain.AccountPendingDeposit {
		if err := s.ledger.Activate(ctx, acct.ID); err != nil {
			return nil, err
		}
	}
	days := acct.DaysFor(p.Amount)
	if err := s.ledger.Credit(ctx, acct.ID, p.Amount, days); err != nil {
		return nil, err
	}
	if acct.AgentID != "" {
		c := &domain.Commission{ID: uuid.NewString(), AgentID: acct.AgentID, PaymentID: p.ID,
			Amount: int64(float64(p.Amount) * s.rate), Currency: p.Currency}
		if err := s.ledger.AddCommission(ctx, c); err != nil {
			platform.Logger.Error("commission", "payment", p.ID, "err", err)
		}
	}
	tok, err := s.devices.IssueToken(ctx, acct.DeviceID, p.Reference, days)
	if err != nil {
		return nil, fmt.Errorf("issue token for %s: %w", p.Reference, err)
	}
	return tok, nil
}

// Onboarding activates new accounts.
type Onboarding struct {
	ledger *store.Ledger
}

// NewOnboarding builds the onboarding service.
func NewOnboarding(l *store.Ledger) *Onboarding { return &Onboarding{ledger: l} }

// ConfirmDeposit starts the contract: the account goes active and its deposit
// payment is recorded as received.
func (o *Onboarding) ConfirmDeposit(ctx context.Context, accountID, reference string) error {
	if err := o.ledger.SetStatus(ctx, reference, domain.PaymentSucceeded, ""); err != nil {
		return err
	}
	return o.ledger.Activate(ctx, accountID)
}
