// Package collections recovers advances on payday: it debits workers'
// linked accounts through Corebank and tops up employer floats that are
// short through GoCardless.
package collections

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"audit12/wages/domain"
	"audit12/wages/kit"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// AdvanceStore is what collections needs from the payroll store.
type AdvanceStore interface {
	DueAdvances(ctx context.Context, employerID string) ([]domain.Advance, error)
	MarkAdvance(ctx context.Context, id, status string) error
}

// FloatBook credits an employer's prefunded float.
type FloatBook interface {
	AddFloat(ctx context.Context, employerID string, amount int64) error
}

// Service runs payday collections.
type Service struct {
	debits   domain.Debitor
	gc       *gocardless.Service
	advances AdvanceStore
	floats   FloatBook
	policy   kit.Policy
	log      *slog.Logger
}

// Option configures the Service.
type Option func(*Service)

// WithPolicy overrides the retry policy for debits.
func WithPolicy(p kit.Policy) Option { return func(s *Service) { s.policy = p } }

// New wires collections.
func New(debits domain.Debitor, gc *gocardless.Service, advances AdvanceStore, floats FloatBook, log *slog.Logger, opts ...Option) *Service {
	s := &Service{debits: debits, gc: gc, advances: advances, floats: floats, policy: kit.DefaultPolicy, log: log}
	for _, o := range opts {
		o(s)
	}
	return s
}

// CollectDue debits every advance due for an employer's payday.
func (s *Service) CollectDue(ctx context.Context, employerID string) error {
	due, err := s.advances.DueAdvances(ctx, employerID)
	if err != nil {
		return err
	}
	for _, adv := range due {
		var t *domain.Transfer
		err := kit.Retry(ctx, s.policy, func(ctx context.Context) error {
			var err error
			t, err = s.debits.CreateDebit(ctx, adv)
			return err
		})
		if err != nil {
			s.log.Warn("repayment debit failed", "advance", adv.ID, "err", err)
			_ = s.advances.MarkAdvance(ctx, adv.ID, "debit_failed")
			continue
		}
		s.log.Info("repayment debit sent", "advance", adv.ID, "transfer", t.ID)
		if err := s.advances.MarkAdvance(ctx, adv.ID, "collecting"); err != nil {
			return err
		}
	}
	return nil
}

func isCollected(p *gocardless.Payment) bool {
	return p.Status == "confirmed" || p.Status == "paid_out"
}

func isFinal(p *gocardless.Payment) bool {
	switch p.Status {
	case "confirmed", "paid_out", "failed", "cancelled", "customer_approval_denied", "charged_back":
		return true
	}
	return false
}

// CoverShortfall collects the missing part of an employer's float before
// payday, giving Direct Debit up to three tries.
func (s *Service) CoverShortfall(ctx context.Context, emp domain.Employer, amount int64, currency string) error {
	params := gocardless.PaymentCreateParams{
		Amount:    int(amount),
		Currency:  currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: emp.GoCardlessMandate},
		Reference: "FLOAT TOPUP",
	}
	for pass := 0; pass < 3; pass++ {
		key := fmt.Sprintf("shortfall-%s-%s-%d", emp.ID, time.Now().Format("20060102"), pass)
		p, err := s.gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey(key)) // want "\\[pollcreate\\] payment gocardless Payments.Create made again on every pass of the loop \\(line 101\\) after kit.Await \\(line 108\\) stops waiting" "\\[idempotency\\] gocardless Payments.Create is made again on every pass of the loop \\(line 101\\) after kit.Await \\(line 108\\) gives up"
		if err != nil {
			return err
		}
		fetch := func(ctx context.Context) (*gocardless.Payment, error) { return s.gc.Payments.Get(ctx, p.Id) }
		last, done, err := kit.Await(ctx, 30*time.Second, 20*time.Minute, fetch, isFinal)
		if err != nil {
			return err
		}
		if done && isCollected(last) {
			return s.floats.AddFloat(ctx, emp.ID, amount)
		}
		s.log.Warn("float top-up not collected", "employer", emp.ID, "pass", pass, "status", last.Status)
	}
	return fmt.Errorf("float top-up for %s not collected", emp.ID)
}
