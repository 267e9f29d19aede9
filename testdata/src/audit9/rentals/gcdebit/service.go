// Package gcdebit collects rent by bank debit against tenants' GoCardless
// mandates.
package gcdebit

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v4"
	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit9/rentals/ledger"
)

// GoCardless payment statuses the service acts on.
const (
	statusPendingSubmission = "pending_submission"
	statusConfirmed         = "confirmed"
	statusPaidOut           = "paid_out"
	statusFailed            = "failed"
	statusCancelled         = "cancelled"
	statusApprovalDenied    = "customer_approval_denied"
	statusChargedBack       = "charged_back"
)

// Service creates and tracks GoCardless payments for rent charges.
type Service struct {
	gc            *gocardless.Service
	store         *ledger.Store
	log           *slog.Logger
	pollEvery     time.Duration
	confirmWait   time.Duration
	resubmitAfter time.Duration
}

// New returns a Service.
func New(gc *gocardless.Service, store *ledger.Store, log *slog.Logger) *Service {
	return &Service{
		gc:            gc,
		store:         store,
		log:           log,
		pollEvery:     time.Minute,
		confirmWait:   6 * time.Hour,
		resubmitAfter: 2 * time.Hour,
	}
}

func isFinalFailure(status string) bool {
	switch status {
	case statusFailed, statusCancelled, statusApprovalDenied, statusChargedBack:
		return true
	}
	return false
}

// Collect submits a rent charge against the lease's mandate. The request is
// keyed on the charge, so a retry returns the payment already created.
func (s *Service) Collect(ctx context.Context, lease *ledger.Lease, c *ledger.Charge) (*gocardless.Payment, error) {
	params := gocardless.PaymentCreateParams{
		Amount:    int(c.Amount),
		Currency:  c.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: lease.MandateID},
		Reference: "RENT-" + c.Period,
	}
	key := "charge-" + c.ID
	var p *gocardless.Payment
	op := func() error {
		var err error
		p, err = s.gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey(key))
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return nil, fmt.Errorf("gocardless create for %s: %w", c.ID, err)
	}
	if err := s.store.SetProviderRef(ctx, c.ID, p.Id); err != nil {
		return nil, err
	}
	return p, nil
}

func (s *Service) create(ctx context.Context, lease *ledger.Lease, c *ledger.Charge) (*gocardless.Payment, error) {
	p, err := s.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{
		Amount:    int(c.Amount),
		Currency:  c.Currency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: lease.MandateID},
		Reference: "MOVEIN-" + c.Period,
	})
	if err != nil {
		return nil, err
	}
	return p, s.store.SetProviderRef(ctx, c.ID, p.Id)
}

// CollectMoveIn takes the first month's rent when a tenant moves in and
// waits for GoCardless to confirm it, so keys can be released.
func (s *Service) CollectMoveIn(ctx context.Context, lease *ledger.Lease, c *ledger.Charge) (*gocardless.Payment, error) {
	p, err := s.create(ctx, lease, c)
	if err != nil {
		return nil, err
	}
	created := time.Now()
	deadline := created.Add(s.confirmWait)
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(30 * time.Second):
		}
		cur, err := s.gc.Payments.Get(ctx, p.Id)
		if err != nil {
			return nil, err
		}
		switch {
		case cur.Status == statusConfirmed || cur.Status == statusPaidOut:
			return cur, nil
		case isFinalFailure(cur.Status):
			return cur, fmt.Errorf("move-in payment %s: %s", cur.Id, cur.Status)
		case cur.Status == statusPendingSubmission && time.Since(created) > s.resubmitAfter:
			s.log.Warn("move-in payment not submitted, resubmitting", "payment", p.Id, "lease", lease.ID)
			p, err = s.create(ctx, lease, c) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.Id"
			if err != nil {
				return nil, err
			}
			created = time.Now()
		}
	}
	return nil, fmt.Errorf("move-in payment %s not confirmed after %s", p.Id, s.confirmWait)
}

// WaitConfirmed blocks until the payment is confirmed by the bank.
func (s *Service) WaitConfirmed(ctx context.Context, paymentID string) error {
	t := time.NewTicker(s.pollEvery)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		p, err := s.gc.Payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == statusConfirmed || p.Status == statusPaidOut {
			return nil
		}
		s.log.Debug("payment not confirmed yet", "payment", paymentID, "status", p.Status)
	}
}

// Refresh reads the charge's payment from GoCardless and stores its outcome.
func (s *Service) Refresh(ctx context.Context, chargeID string) error {
	c, err := s.store.Charge(ctx, chargeID)
	if err != nil {
		return err
	}
	var p *gocardless.Payment
	for attempt := 1; ; attempt++ {
		p, err = s.gc.Payments.Get(ctx, c.ProviderRef) // want "\\[retrybackoff\\] gocardless Payments.Get is retried by a for loop \\(line 161\\) with no wait between attempts"
		if err == nil {
			break
		}
		if attempt == 3 {
			return fmt.Errorf("refresh %s: %w", chargeID, err)
		}
	}
	switch {
	case p.Status == statusConfirmed || p.Status == statusPaidOut:
		return s.store.MarkChargePaid(ctx, chargeID)
	case isFinalFailure(p.Status):
		return s.store.MarkChargeFailed(ctx, chargeID, p.Status)
	}
	return nil
}

// Status returns the charge's GoCardless payment status.
func (s *Service) Status(ctx context.Context, paymentID string) (string, error) {
	p, err := s.gc.Payments.Get(ctx, paymentID)
	if err != nil {
		return "", err
	}
	return p.Status, nil
}
