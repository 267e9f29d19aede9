package cards

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"

	"audit14/cowork/platform"
	"audit14/cowork/store"
)

// NoShowWorker charges the no-show fee for bookings nobody checked in to.
type NoShowWorker struct {
	bookings *store.Bookings
	customer func(memberID string) (customerID, paymentMethod string)
}

// NewNoShowWorker returns the worker; customer resolves a member's saved card.
func NewNoShowWorker(b *store.Bookings, customer func(string) (string, string)) *NoShowWorker {
	return &NoShowWorker{bookings: b, customer: customer}
}

// Run processes the no-shows of slots that ended before now.
func (w *NoShowWorker) Run(ctx context.Context) error {
	rows, err := w.bookings.HeldNoShows(ctx, time.Now())
	if err != nil {
		return err
	}
	for _, b := range rows {
		var err error
		if b.PaymentIntentID != "" {
			err = w.captureFee(b)
		} else {
			err = w.chargeFee(ctx, b)
		}
		if err != nil {
			log.Printf("noshow: booking %s: %v", b.ID, err)
		}
	}
	return nil
}

// captureFee captures only the fee from a room hold; the rest is released.
func (w *NoShowWorker) captureFee(b store.Booking) error {
	params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(noShowFeeCents)}
	params.SetIdempotencyKey("noshow-capture-" + b.ID)
	_, err := paymentintent.Capture(b.PaymentIntentID, params)
	return err
}

// chargeFee charges a desk no-show off-session on the member's saved card.
func (w *NoShowWorker) chargeFee(ctx context.Context, b store.Booking) error {
	cust, pm := w.customer(b.MemberID)
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(noShowFeeCents),
		Currency:      stripe.String(b.Currency),
		Customer:      stripe.String(cust),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"booking_id": b.ID, "kind": "no_show_fee"},
	}
	params.Context = ctx
	params.SetIdempotencyKey("noshow-" + b.ID)
	wait := 30 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		_, err := paymentintent.New(params)
		if err == nil {
			return nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.HTTPStatusCode >= 500) { // want "\\[retrystatus\\] stripe paymentintent.New is retried by a for loop \\(line 70\\): stripe errors of type card_error are retried"
			time.Sleep(wait)
			wait *= 2
			continue
		}
		return err
	}
	return errors.New("noshow: fee not collected")
}

// RefundWorker refunds bookings that were cancelled in time.
type RefundWorker struct {
	bookings *store.Bookings
	policy   platform.RetryPolicy
}

// NewRefundWorker returns a refund worker.
func NewRefundWorker(b *store.Bookings) *RefundWorker {
	return &RefundWorker{bookings: b, policy: platform.DefaultPolicy}
}

// Run refunds a batch of cancelled bookings.
func (w *RefundWorker) Run(ctx context.Context) error {
	rows, err := w.bookings.Cancelled(ctx, 100)
	if err != nil {
		return err
	}
	for _, b := range rows {
		err := platform.Retry(ctx, w.policy, func(ctx context.Context) error {
			_, err := refund.New(&stripe.RefundParams{ // want "\\[idempotency\\] stripe refund.New is retried by platform.Retry \\(line 104\\) without an idempotency key"
				PaymentIntent: stripe.String(b.PaymentIntentID),
				Reason:        stripe.String("requested_by_customer"),
			})
			return err
		})
		if err != nil {
			log.Printf("refunds: booking %s: %v", b.ID, err)
			continue
		}
		if err := w.bookings.MarkRefunded(ctx, b.ID); err != nil {
			return err
		}
	}
	return nil
}
