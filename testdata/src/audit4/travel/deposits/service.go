// Package deposits captures the balance of a hotel booking before check-in:
// the deposit was authorised at booking time through Adyen.
package deposits

import (
	"context"
	"fmt"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/google/uuid"
)

// Booking is the slice of the booking row this service needs.
type Booking struct {
	ID           string
	PspReference string
	BalanceCents int64
	Currency     string
}

// Config holds the merchant settings read at start-up.
type Config struct {
	MerchantAccount string
	MaxAttempts     int
}

// CaptureService captures authorised balances.
type CaptureService struct {
	cfg      Config
	adyen    *checkout.APIClient
	bookings BookingRepo
}

// BookingRepo is the booking table.
type BookingRepo interface {
	MarkBalanceCaptured(ctx context.Context, id, pspRef string) error
}

func NewCaptureService(cfg Config, api *checkout.APIClient, repo BookingRepo) *CaptureService {
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 3
	}
	return &CaptureService{cfg: cfg, adyen: api, bookings: repo}
}

func (s *CaptureService) request(b Booking) checkout.PaymentCaptureRequest {
	ref := "balance-" + b.ID
	return checkout.PaymentCaptureRequest{
		Amount:          checkout.Amount{Currency: b.Currency, Value: b.BalanceCents},
		MerchantAccount: s.cfg.MerchantAccount,
		Reference:       &ref,
	}
}

// CaptureBalance is run by the nightly pre-arrival job.
func (s *CaptureService) CaptureBalance(ctx context.Context, b Booking) error {
	var lastErr error
	for attempt := 1; attempt <= s.cfg.MaxAttempts; attempt++ {
		in := s.adyen.ModificationsApi.CaptureAuthorisedPaymentInput(b.PspReference).
			IdempotencyKey(uuid.NewString()).
			PaymentCaptureRequest(s.request(b))
		res, _, err := s.adyen.ModificationsApi.CaptureAuthorisedPayment(ctx, in) // want "\\[idempotency\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by a for loop .* made anew on every attempt"
		if err == nil {
			return s.bookings.MarkBalanceCaptured(ctx, b.ID, res.PaymentPspReference)
		}
		lastErr = err
		time.Sleep(time.Duration(attempt*attempt) * time.Second)
	}
	return fmt.Errorf("capture balance %s: %w", b.ID, lastErr)
}
