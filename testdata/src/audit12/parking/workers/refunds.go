package workers

import (
	"context"
	"fmt"
	"log"
	"time"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/refunds"

	"audit12/parking/domain"
)

// Duplicates lists sessions that overlap an earlier paid session of the
// same plate.
type Duplicates interface {
	Duplicates(ctx context.Context, since time.Time) ([]domain.Session, error)
	MarkRefunded(ctx context.Context, id string) error
}

// MollieRefunder refunds Mollie payments.
type MollieRefunder interface {
	RefundDuplicate(ctx context.Context, paymentID, sessionID string, cents int64, currency string) error
}

// DuplicateRefunder refunds sessions a driver started twice for the same
// stay (two phones, or app and kiosk).
type DuplicateRefunder struct {
	store   Duplicates
	square  *refunds.Client
	mollie  MollieRefunder
	lookBak time.Duration
}

// NewDuplicateRefunder returns a DuplicateRefunder.
func NewDuplicateRefunder(store Duplicates, sq *refunds.Client, mollie MollieRefunder) *DuplicateRefunder {
	return &DuplicateRefunder{store: store, square: sq, mollie: mollie, lookBak: 72 * time.Hour}
}

// Run refunds every duplicate found in the look-back window.
func (d *DuplicateRefunder) Run(ctx context.Context) error {
	dups, err := d.store.Duplicates(ctx, time.Now().Add(-d.lookBak))
	if err != nil {
		return err
	}
	for _, s := range dups {
		var err error
		switch s.Provider {
		case "square":
			err = d.refundSquare(ctx, s)
		case "mollie":
			err = d.mollie.RefundDuplicate(ctx, s.ProviderPaymentID, s.ID, s.AmountCents, s.Currency)
		default:
			continue
		}
		if err != nil {
			log.Printf("refunds: session %s: %v", s.ID, err)
			continue
		}
		if err := d.store.MarkRefunded(ctx, s.ID); err != nil {
			return err
		}
	}
	return nil
}

func (d *DuplicateRefunder) refundSquare(ctx context.Context, s domain.Session) error {
	cur := square.Currency(s.Currency)
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "dup-" + s.ID,
		AmountMoney:    &square.Money{Amount: square.Int64(s.AmountCents), Currency: &cur},
		PaymentID:      square.String(s.ProviderPaymentID),
	}
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := d.square.RefundPayment(ctx, req) // want "\\[retrybackoff\\] square Refunds.RefundPayment is retried by a for loop \\(line 76\\) every 250ms"
		if err == nil && len(resp.Errors) == 0 {
			return nil
		}
		if err == nil {
			return fmt.Errorf("square refund: %s", resp.Errors[0].Code)
		}
		lastErr = err
		time.Sleep(250 * time.Millisecond)
	}
	return lastErr
}
