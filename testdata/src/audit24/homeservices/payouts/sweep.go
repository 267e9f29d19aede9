package payouts

import (
	"context"
	"log/slog"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit24/homeservices/domain"
)

// Pending lists captures we started but have not seen finish.
type Pending interface {
	Capturing(ctx context.Context) ([]domain.Booking, error)
	MarkPaid(ctx context.Context, id string) error
	SetStatus(ctx context.Context, id string, st domain.BookingStatus) error
}

// Sweeper follows captured balances until Stripe reports them final, so
// the pro's share can go into the week's payout.
type Sweeper struct {
	bookings Pending
	every    time.Duration
	log      *slog.Logger
}

func NewSweeper(bookings Pending, log *slog.Logger) *Sweeper {
	return &Sweeper{bookings: bookings, every: 15 * time.Second, log: log}
}

// Run follows every capturing booking, one after another.
func (s *Sweeper) Run(ctx context.Context) error {
	list, err := s.bookings.Capturing(ctx)
	if err != nil {
		return err
	}
	for _, b := range list {
		if err := s.follow(ctx, b); err != nil {
			s.log.Warn("sweep", "booking", b.ID, "err", err)
		}
	}
	return nil
}

func (s *Sweeper) follow(ctx context.Context, b domain.Booking) error {
	t := time.NewTicker(s.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		pi, err := paymentintent.Get(b.ProviderRef, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return s.bookings.MarkPaid(ctx, b.ID)
		case stripe.PaymentIntentStatusCanceled:
			return s.bookings.SetStatus(ctx, b.ID, domain.BookingCancelled)
		}
	}
}
