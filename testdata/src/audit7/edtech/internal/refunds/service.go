// Package refunds handles learners' refund requests (14-day guarantee).
package refunds

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/plutov/paypal/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// Window is the refund guarantee.
const Window = 14 * 24 * time.Hour

// Request is a row of refund_requests.
type Request struct {
	ID              string
	PurchasedAt     time.Time
	Provider        string // "stripe" or "paypal"
	PaymentIntentID string
	CaptureID       string
	Cents           int64
	Currency        string
}

// ErrTooLate is shown to the learner.
var ErrTooLate = errors.New("refunds: the 14-day window has passed")

// Service refunds purchases.
type Service struct {
	PayPal *paypal.Client
	Now    func() time.Time
}

// Approve refunds a request through its provider.
func (s *Service) Approve(ctx context.Context, req Request) error {
	if s.Now().Sub(req.PurchasedAt) > Window {
		return ErrTooLate
	}
	switch req.Provider {
	case "stripe":
		_, err := s.refundStripe(req)
		return err
	case "paypal":
		_, err := s.refundPayPal(ctx, req)
		return err
	}
	return fmt.Errorf("refunds: unknown provider %q", req.Provider)
}

func (s *Service) refundStripe(req Request) (*stripe.Refund, error) {
	params := &stripe.RefundParams{PaymentIntent: stripe.String(req.PaymentIntentID), Amount: stripe.Int64(req.Cents)}
	params.SetIdempotencyKey("refund-" + req.ID)
	wait := time.Second
	for attempt := 0; ; attempt++ {
		r, err := refund.New(params)
		if err == nil {
			return r, nil
		}
		// Right after capture Stripe sometimes says the charge is not
		// refundable yet: give it a moment.
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest { // want "\\[retrystatus\\] stripe refund.New is retried by a for loop .*: stripe errors of type invalid_request_error are retried"
			if attempt < 2 {
				time.Sleep(wait)
				wait *= 2
				continue
			}
		}
		if attempt >= 2 || !errors.As(err, &se) || se.Type != stripe.ErrorTypeAPI {
			return nil, err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

func (s *Service) refundPayPal(ctx context.Context, req Request) (*paypal.RefundResponse, error) {
	amount := &paypal.Money{Currency: req.Currency, Value: fmt.Sprintf("%d.%02d", req.Cents/100, req.Cents%100)}
	for {
		res, err := s.PayPal.RefundCapture(ctx, req.CaptureID, paypal.RefundCaptureRequest{Amount: amount, InvoiceID: req.ID}) // want "\\[idempotency\\] paypal Client.RefundCapture is retried by a for loop .* without an idempotency key" "\\[retrybackoff\\] paypal Client.RefundCapture is retried by a for loop .* with no wait"
		if err == nil {
			return res, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
}
