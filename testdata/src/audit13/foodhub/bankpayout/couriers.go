package bankpayout

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"audit13/foodhub/domain"
)

// PayoutStore is where courier payouts are kept.
type PayoutStore interface {
	Due(ctx context.Context) ([]domain.Payout, error)
	Pending(ctx context.Context, limit int) ([]domain.Payout, error)
	SetStatus(ctx context.Context, id, status string) error
}

// CourierPayouts pays couriers their weekly earnings.
type CourierPayouts struct {
	bank   *Client
	store  PayoutStore
	notify domain.Notifier
	log    *log.Logger
}

// NewCourierPayouts returns the courier payout service.
func NewCourierPayouts(bank *Client, store PayoutStore, notify domain.Notifier) *CourierPayouts {
	return &CourierPayouts{bank: bank, store: store, notify: notify, log: log.Default()}
}

// PayDue sends every payout that is due.
func (s *CourierPayouts) PayDue(ctx context.Context) error {
	due, err := s.store.Due(ctx)
	if err != nil {
		return err
	}
	for _, p := range due {
		res, err := s.bank.Transfer(ctx, Transfer{
			IBAN:        p.IBAN,
			Name:        "courier " + p.CourierID,
			AmountMinor: p.AmountMinor,
			Currency:    p.Currency,
			Remittance:  "foodhub earnings " + p.CreatedAt.Format("2006-01-02"),
			Reference:   p.Reference,
		})
		if err != nil {
			s.log.Printf("payout %s: %v", p.ID, err)
			continue
		}
		if err := s.store.SetStatus(ctx, p.ID, "sent"); err != nil {
			return fmt.Errorf("payout %s sent as %s but not saved: %w", p.ID, res.ID, err)
		}
	}
	return nil
}

// ReconcilePending follows sent payouts until the bank completes or
// rejects them, and tells the courier.
func (s *CourierPayouts) ReconcilePending(ctx context.Context) error {
	pending, err := s.store.Pending(ctx, 100)
	if err != nil {
		return err
	}
	for _, p := range pending {
		for { // want "\\[pollbound\\] loop polling payment read by bankpayout.Client.TransferStatus \\(GET /v2/transfers/\\{\\}\\) has no bound"
			st, err := s.bank.TransferStatus(ctx, p.Reference)
			if err != nil {
				s.log.Printf("payout %s status: %v", p.ID, err)
				time.Sleep(30 * time.Second)
				continue
			}
			if st == "COMPLETED" || st == "FAILED" || st == "RETURNED" {
				if err := s.store.SetStatus(ctx, p.ID, strings.ToLower(st)); err != nil {
					return err
				}
				msg := fmt.Sprintf("Your payout of %d.%02d %s is %s", p.AmountMinor/100, p.AmountMinor%100, p.Currency, strings.ToLower(st))
				_ = s.notify.Send(ctx, p.CourierID, "Payout update", msg)
				break
			}
			time.Sleep(20 * time.Second)
		}
	}
	return nil
}
