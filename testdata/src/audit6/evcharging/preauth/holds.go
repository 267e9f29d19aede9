// Package preauth places, captures and releases the card hold behind a
// charging session (Stripe PaymentIntents with manual capture).
package preauth

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// HoldAmount is what we block on the card before the connector unlocks.
const HoldAmount = 5000

type Holds struct {
	pi  paymentintent.Client
	log *slog.Logger
}

func NewHolds(apiKey string, log *slog.Logger) *Holds {
	return &Holds{pi: paymentintent.Client{Key: apiKey}, log: log}
}

// Place creates the manual-capture hold for a session.
func (h *Holds) Place(sessionID, customer, paymentMethod, returnURL string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(HoldAmount),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(paymentMethod),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String(returnURL),
		Metadata:      map[string]string{"session_id": sessionID},
	}
	params.SetIdempotencyKey("hold-" + sessionID)
	op := func() (*stripe.PaymentIntent, error) {
		pi, err := h.pi.New(params)
		return pi, permanentIfRefused(err)
	}
	b := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(20 * time.Second))
	return backoff.RetryWithData(op, b)
}

// Capture takes the final amount computed from the meter values.
func (h *Holds) Capture(piID string, amount int64) error {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(amount)}
		params.SetIdempotencyKey(fmt.Sprintf("capture-%s-%d", piID, time.Now().UnixNano()))
		_, err := h.pi.Capture(piID, params) // want "\\[idempotency\\] stripe paymentintent.Capture is retried by a for loop .* made anew on every attempt"
		if err == nil {
			return nil
		}
		lastErr = err
		h.log.Warn("capture failed", "pi", piID, "attempt", attempt, "err", err)
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return lastErr
}

// Release cancels the hold when the driver never plugged in.
func (h *Holds) Release(piID string) error {
	params := &stripe.PaymentIntentCancelParams{CancellationReason: stripe.String("abandoned")}
	params.SetIdempotencyKey("release-" + piID)
	var err error
	for i := 0; i < 4; i++ {
		if _, err = h.pi.Cancel(piID, params); err == nil { // want "\\[retrybackoff\\] stripe paymentintent.Cancel is retried by a for loop .* with no wait between attempts"
			return nil
		}
		h.log.Warn("release failed, retrying", "pi", piID, "err", err)
	}
	return err
}

// permanentIfRefused stops the backoff on errors Stripe will repeat.
func permanentIfRefused(err error) error {
	var se *stripe.Error
	if errors.As(err, &se) && (se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest) {
		return backoff.Permanent(err)
	}
	return err
}
