package billing

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/mollie/mollie-api-golang/models/components"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
	"audit20/sportsclub/twint"
)

// Bookings takes payment for court bookings.
type Bookings struct {
	store  *store.Bookings
	mollie *psp.Mollie
	square *psp.Square
	twint  *twint.Client
}

// NewBookings wires the service.
func NewBookings(s *store.Bookings, m *psp.Mollie, sq *psp.Square, tw *twint.Client) *Bookings {
	return &Bookings{store: s, mollie: m, square: sq, twint: tw}
}

// StartEU starts the iDEAL/Bancontact payment of a held booking.
func (s *Bookings) StartEU(ctx context.Context, b domain.Booking) (string, error) {
	id, err := s.mollie.StartBooking(ctx, b)
	if err != nil {
		return "", err
	}
	return id, s.store.SetProviderRef(ctx, b.ID, "mollie", id)
}

// StartCH starts a wallet payment and returns the QR token.
func (s *Bookings) StartCH(ctx context.Context, b domain.Booking) (*twint.Payment, error) {
	p, err := s.twint.StartPayment(ctx, "Court "+b.Ref, b.PriceCents)
	if err != nil {
		return nil, err
	}
	return p, s.store.SetProviderRef(ctx, b.ID, "twint", p.ID)
}

// PayUS charges a US booking to the card nonce from the web form.
func (s *Bookings) PayUS(ctx context.Context, b domain.Booking, nonce string) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
		}
		p, err := s.square.Charge(ctx, b, nonce) // want "\\[idempotency\\] psp\\.Square\\.Charge \\(square Payments\\.Create\\) is retried by a for loop \\(line"
		if err != nil {
			if !networkError(err) {
				return fmt.Errorf("square charge for %s: %w", b.Ref, err)
			}
			lastErr = err
			continue
		}
		if err := s.store.SetProviderRef(ctx, b.ID, "square", *p.ID); err != nil {
			return err
		}
		if p.Status != nil && *p.Status != "COMPLETED" {
			if err := s.square.WaitCompleted(ctx, *p.ID); err != nil {
				return err
			}
		}
		return s.store.MarkPaid(ctx, b.ID)
	}
	return fmt.Errorf("square charge for %s: %w", b.Ref, lastErr)
}

// Confirm marks a booking paid.
func (s *Bookings) Confirm(ctx context.Context, id int64) error {
	return s.store.MarkPaid(ctx, id)
}

// Reconcile follows Mollie bookings whose webhook never came.
func (s *Bookings) Reconcile(ctx context.Context) error {
	held, err := s.store.HeldOlderThan(ctx, "mollie", 20*time.Minute)
	if err != nil {
		return err
	}
	for _, b := range held {
		b := b
		platform.Until(ctx, 5*time.Second, func(ctx context.Context) (bool, error) { // want "\\[pollbound\\] platform\\.Until polling payment b\\.ProviderRef has no bound: no ctx\\.Done\\(\\),"
			st, err := s.mollie.Status(ctx, b.ProviderRef)
			if err != nil {
				return false, err
			}
			return st == components.PaymentResponseStatusPaid, nil
		})
		if err := s.store.MarkPaid(ctx, b.ID); err != nil {
			return err
		}
	}
	return nil
}

// SweepWallet settles held wallet bookings from the wallet's state.
func (s *Bookings) SweepWallet(ctx context.Context) error {
	held, err := s.store.HeldOlderThan(ctx, "twint", 10*time.Minute)
	if err != nil {
		return err
	}
	for _, b := range held {
		p, err := s.walletPayment(ctx, b.ProviderRef)
		if err != nil {
			platform.L("bookings").Warn("wallet read", "booking", b.Ref, "err", err)
			continue
		}
		switch p.State {
		case twint.StateSuccess:
			err = s.store.MarkPaid(ctx, b.ID)
		case twint.StateFailed, twint.StateCanceled, twint.StateExpired:
			err = s.store.Release(ctx, b.ID)
		}
		if err != nil {
			return err
		}
		time.Sleep(300 * time.Millisecond) // audit: lookalike pollinterval: a short pause between different bookings of a batch, each read once
	}
	return nil
}

// walletPayment reads a wallet payment, trying again a couple of times
// while the wallet is overloaded or down.
func (s *Bookings) walletPayment(ctx context.Context, id string) (*twint.Payment, error) {
	wait := time.Second
	for attempt := 1; ; attempt++ {
		p, err := s.twint.Payment(ctx, id)
		if err == nil || !twint.Transient(err) || attempt == 3 { // audit: lookalike retrystatus: only 429, 5xx and network errors go round (twint.Transient); a 4xx answer returns at once
			return p, err
		}
		time.Sleep(wait) // audit: lookalike retrybackoff: three attempts at most, and the wait doubles from 1s
		wait *= 2
	}
}

// networkError reports a timeout or a dropped connection: the request may
// or may not have reached the provider.
func networkError(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}
