// Package billing runs the quarterly box billing for EU (Mollie) and UK
// (GoCardless) members, and the follow-ups when a charge does not land.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit23/wineclub/dd"
	"audit23/wineclub/domain"
	"audit23/wineclub/molliepay"
	"audit23/wineclub/platform"
	"audit23/wineclub/store"
)

type Service struct {
	invoices *store.Billing
	members  *store.Members
	mollie   *molliepay.Client
	dd       *dd.Client
	log      *slog.Logger
	batch    int
}

type Option func(*Service)

func WithBatch(n int) Option { return func(s *Service) { s.batch = n } }

func New(invoices *store.Billing, members *store.Members, mollie *molliepay.Client, ddc *dd.Client, opts ...Option) *Service {
	s := &Service{invoices: invoices, members: members, mollie: mollie, dd: ddc, log: platform.Logger("billing"), batch: 50}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Run bills every due box invoice once. It is called by the scheduler.
func (s *Service) Run(ctx context.Context) error {
	due, err := s.invoices.Due(ctx, domain.InvoicePending, s.batch)
	if err != nil {
		return err
	}
	for _, inv := range due {
		if err := s.process(ctx, inv); err != nil {
			s.log.Error("bill invoice", "invoice", inv.ID, "err", err)
			if err := s.invoices.Reschedule(ctx, inv.ID, time.Now().Add(24*time.Hour)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Service) process(ctx context.Context, inv domain.BoxInvoice) error {
	m, err := s.members.Get(ctx, inv.MemberID)
	if err != nil {
		return err
	}
	switch m.Region {
	case domain.RegionEU:
		return s.chargeEU(ctx, m, inv)
	case domain.RegionUK:
		return s.collectUK(ctx, m, inv)
	}
	return fmt.Errorf("member %s: unknown region %q", m.ID, m.Region)
}

func (s *Service) chargeEU(ctx context.Context, m *domain.Member, inv domain.BoxInvoice) error {
	req := molliepay.RecurringRequest{
		CustomerID:  m.MollieCustomerID,
		MandateID:   m.MollieMandateID,
		Amount:      inv.Amount,
		Description: "Wine club box " + inv.Quarter,
		Metadata:    map[string]string{"invoice": inv.ID},
	}
	p, err := platform.Retry(ctx, "mollie-recurring", func() (*molliepay.Payment, error) {
		return s.mollie.Recurring(ctx, "box-"+inv.ID, req) // audit: lookalike idempotency: the Idempotency-Key is derived from the invoice id and is the same on every attempt
	})
	if err != nil {
		return err
	}
	return s.invoices.Submitted(ctx, inv.ID, p.ID)
}

func (s *Service) collectUK(ctx context.Context, m *domain.Member, inv domain.BoxInvoice) error {
	if m.GCMandateID == "" {
		return errors.New("no active mandate")
	}
	p, err := platform.Retry(ctx, "gc-collect", func() (*gocardless.Payment, error) {
		return s.dd.Collect(ctx, inv, m.GCMandateID) // want "\\[idempotency\\] dd\\.Client\\.Collect \\(gocardless Payments\\.Create\\) is retried by platform\\.Retry \\(line 94\\) without an idempotency key: gocardless-pro-go adds a new random key to each call"
	})
	if err != nil {
		return err
	}
	return s.invoices.Submitted(ctx, inv.ID, p.Id)
}
