// Package wallet settles top-ups onto wristbands and returns unspent
// balance after the festival.
package wallet

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"audit21/festival/platform"
	"audit21/festival/store"
)

// Service books paid top-ups.
type Service struct {
	TopUps  *store.TopUps
	Wallets *store.Wallets
	HTTP    *http.Client
	PushURL string
	Log     *slog.Logger
}

// Confirm settles a top-up: pending -> paid, then the balance is credited
// and the attendee's app is told. A repeat does nothing.
func (s *Service) Confirm(ctx context.Context, topUpID string) error {
	ok, err := s.TopUps.ClaimPaid(ctx, topUpID)
	if err != nil {
		return err
	}
	if !ok {
		return nil
	}
	t, err := s.TopUps.ByID(ctx, topUpID)
	if err != nil {
		return err
	}
	return s.credit(ctx, t)
}

// CreditPaid credits a top-up already claimed as paid by the caller.
func (s *Service) CreditPaid(ctx context.Context, t *store.TopUp) error { return s.credit(ctx, t) }

func (s *Service) credit(ctx context.Context, t *store.TopUp) error {
	if err := s.Wallets.Credit(ctx, t.WristbandID, t.AmountCents, t.ID); err != nil {
		return fmt.Errorf("credit top-up %s: %w", t.ID, err)
	}
	go func() {
		if err := platform.Push(context.Background(), s.HTTP, s.PushURL, t.WristbandID,
			fmt.Sprintf("€%s added to your wristband", t.AmountCents.Decimal())); err != nil {
			s.Log.Warn("push", "wristband", t.WristbandID, "err", err)
		}
	}()
	return nil
}
