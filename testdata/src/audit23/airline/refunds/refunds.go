// Package refunds handles cancelled flights: refunds to the original
// payment method and travel vouchers.
package refunds

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"

	"audit23/airline/domain"
	"audit23/airline/store"
)

// Refunder pays money back through the provider that took it.
type Refunder interface {
	Refund(ctx context.Context, pspRef string, refundID int64, amount int64, currency string) (string, error)
}

type Service struct {
	bookings *store.Bookings
	refunds  *store.Refunds
	adyen    Refunder
	log      *slog.Logger
	now      func() time.Time
}

func NewService(b *store.Bookings, r *store.Refunds, adyen Refunder, log *slog.Logger) *Service {
	return &Service{bookings: b, refunds: r, adyen: adyen, log: log, now: time.Now}
}

// Cancelled records the passenger's choice for a cancelled flight.
func (s *Service) Cancelled(ctx context.Context, pnr string, wantVoucher bool) (*domain.Refund, *domain.Voucher, error) {
	b, err := s.bookings.ByPNR(ctx, pnr)
	if err != nil {
		return nil, nil, err
	}
	if b.Status != domain.BookingPaid && b.Status != domain.BookingTicketed {
		return nil, nil, fmt.Errorf("booking %s is %s", pnr, b.Status)
	}
	if wantVoucher {
		v := &domain.Voucher{
			Code:        voucherCode(),
			BookingID:   b.ID,
			AmountMinor: b.AmountMinor + b.AmountMinor/10, // 10% bonus on vouchers
			Currency:    b.Currency,
			ExpiresAt:   s.now().AddDate(1, 0, 0),
		}
		if err := s.refunds.IssueVoucher(ctx, v); err != nil {
			return nil, nil, err
		}
		return nil, v, s.bookings.SetStatus(ctx, pnr, domain.BookingCancelled)
	}
	r := &domain.Refund{BookingID: b.ID, AmountMinor: b.AmountMinor, Currency: b.Currency, Method: "original", Status: "requested"}
	if err := s.refunds.Create(ctx, r); err != nil {
		return nil, nil, err
	}
	return r, nil, s.bookings.SetStatus(ctx, pnr, domain.BookingCancelled)
}

func voucherCode() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return base32.StdEncoding.EncodeToString(b)[:12]
}

// Sweep pays out requested refunds. It runs every few minutes.
func (s *Service) Sweep(ctx context.Context) error {
	rows, err := s.refunds.Pending(ctx)
	if err != nil {
		return err
	}
	for _, r := range rows {
		b, err := s.bookings.Get(ctx, r.BookingID)
		if err != nil {
			s.log.ErrorContext(ctx, "refund sweep: booking", "refund", r.ID, "err", err)
			continue
		}
		var ref string
		switch b.Provider {
		case "adyen":
			ref, err = s.adyen.Refund(ctx, b.ProviderRef, r.ID, r.AmountMinor, r.Currency)
		case "stripe":
			ref, err = refundLegacy(ctx, b.ProviderRef, r)
		default:
			err = fmt.Errorf("provider %q refunds are manual", b.Provider)
		}
		if err != nil {
			// Retries already happened inside the provider call; what is left
			// needs a human (finance works the failed list every morning).
			s.log.ErrorContext(ctx, "refund failed", "refund", r.ID, "err", err)
			if err := s.refunds.SetStatus(ctx, r.ID, "failed", ""); err != nil {
				return err
			}
			continue
		}
		if err := s.refunds.SetStatus(ctx, r.ID, "sent", ref); err != nil {
			return err
		}
	}
	return nil
}

// refundLegacy refunds bookings taken by the old web shop on Stripe.
func refundLegacy(ctx context.Context, paymentIntent string, r domain.Refund) (string, error) {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(paymentIntent),
		Amount:        stripe.Int64(r.AmountMinor),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey(fmt.Sprintf("refund-%d", r.ID))
	params.Context = ctx
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		rf, err := refund.New(params) // want "\\[retrybackoff\\] stripe refund\\.New is retried by a for loop \\(line 120\\) every 250ms, a fixed"
		if err == nil {
			return rf.ID, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest {
			return "", err
		}
		lastErr = err
		time.Sleep(250 * time.Millisecond)
	}
	return "", lastErr
}
