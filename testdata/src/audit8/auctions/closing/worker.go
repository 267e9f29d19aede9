package closing

import (
	"context"
	"fmt"
	"time"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Lot is the slice of the lots table the closer needs.
type Lot struct {
	ID           string
	HoldIntentID string
	WinnerCustID string
	WinnerPMID   string
	HammerMinor  int64
	PremiumMinor int64
	VATMinor     int64
	Status       string
}

type LotStore interface {
	Get(ctx context.Context, id string) (*Lot, error)
	SetStatus(ctx context.Context, id, status string) error
}

type Worker struct {
	lots LotStore
}

func NewWorker(lots LotStore) *Worker { return &Worker{lots: lots} }

// HandleCloseLot captures the hold placed when the winning bid was made.
func (w *Worker) HandleCloseLot(ctx context.Context, t *asynq.Task) error {
	id, err := decode(t)
	if err != nil {
		return err
	}
	lot, err := w.lots.Get(ctx, id)
	if err != nil {
		return err
	}
	if lot.Status != "awaiting_capture" {
		return nil
	}
	total := lot.HammerMinor + lot.PremiumMinor + lot.VATMinor
	if err := captureHold(lot.HoldIntentID, total); err != nil { // want "\\[idempotency\\] closing.captureHold \\(stripe paymentintent.Capture\\) is retried by asynq"
		return err
	}
	return w.lots.SetStatus(ctx, id, "captured")
}

func captureHold(intentID string, amount int64) error {
	params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(amount)}
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if _, err = paymentintent.Capture(intentID, params); err == nil { // want "\\[idempotency\\] stripe paymentintent.Capture is retried by a for loop .* without an idempotency key" "\\[retrybackoff\\] stripe paymentintent.Capture is retried by a for loop .* every 250ms"
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return fmt.Errorf("capture %s: %w", intentID, err)
}

// HandleChargeLot charges the winner off-session when the 7-day hold
// expired before the lot closed (long timed auctions).
func (w *Worker) HandleChargeLot(ctx context.Context, t *asynq.Task) error {
	id, err := decode(t)
	if err != nil {
		return err
	}
	lot, err := w.lots.Get(ctx, id)
	if err != nil {
		return err
	}
	if lot.Status == "charged" {
		return nil
	}
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(lot.HammerMinor + lot.PremiumMinor + lot.VATMinor),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(lot.WinnerCustID),
		PaymentMethod: stripe.String(lot.WinnerPMID),
		Confirm:       stripe.Bool(true),
	}
	params.SetIdempotencyKey("lot-charge-" + lot.ID)
	if _, err := paymentintent.New(params); err != nil {
		return err // asynq retries the task with the same key
	}
	return w.lots.SetStatus(ctx, id, "charged")
}
