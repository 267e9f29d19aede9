package ops

import (
	"context"
	"log"
	"time"

	"github.com/cenkalti/backoff/v4"

	"audit15/hotel/booking"
)

// DepositRefunder refunds a captured deposit.
type DepositRefunder interface {
	RefundDeposit(ctx context.Context, s *booking.Stay) error
}

// CancelledStays is the part of the stay store the refund worker needs.
type CancelledStays interface {
	CancelledAwaitingRefund(ctx context.Context) ([]*booking.Stay, error)
	MarkRefunded(ctx context.Context, id string, at time.Time) error
}

// RefundWorker refunds the deposits of stays cancelled within the free
// cancellation window.
type RefundWorker struct {
	stays    CancelledStays
	refunder DepositRefunder
}

// NewRefundWorker returns the worker.
func NewRefundWorker(stays CancelledStays, refunder DepositRefunder) *RefundWorker {
	return &RefundWorker{stays: stays, refunder: refunder}
}

// Run refunds every pending cancellation.
func (w *RefundWorker) Run(ctx context.Context) error {
	pending, err := w.stays.CancelledAwaitingRefund(ctx)
	if err != nil {
		return err
	}
	for _, s := range pending {
		policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
		err := backoff.Retry(func() error { // audit: reported at cmd/hotelapi/main.go:114 (retrystatus, where main binds adyenpay.Client: e18_errports.go): the backoff.Retry operation returns the error of DepositRefunder.RefundDeposit (bound in main to adyenpay.Client.RefundDeposit, Adyen RefundCapturedPayment) for every status, never backoff.Permanent, so a 422/403 refusal is retried five times (KeyStone/Hilt: 4xx will not change)
			return w.refunder.RefundDeposit(ctx, s)
		}, policy)
		if err != nil {
			log.Printf("refunds: %s: %v", s.Ref, err)
			continue
		}
		if err := w.stays.MarkRefunded(ctx, s.ID, time.Now()); err != nil {
			log.Printf("refunds: %s refunded but not marked: %v", s.Ref, err)
		}
	}
	return nil
}
