package closing

import (
	"context"

	"github.com/hibiken/asynq"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// HandleSecondChance offers the lot to the runner-up when the winner's
// card failed, charging the runner-up's saved card. asynq retries the
// task (MaxRetry 5) whenever this returns an error.
func (w *Worker) HandleSecondChance(ctx context.Context, t *asynq.Task) error {
	id, err := decode(t)
	if err != nil {
		return err
	}
	lot, err := w.lots.Get(ctx, id)
	if err != nil {
		return err
	}
	pi, err := paymentintent.New(&stripe.PaymentIntentParams{ // want "\\[idempotency\\] stripe paymentintent.New is retried by asynq"
		Amount:        stripe.Int64(lot.HammerMinor + lot.PremiumMinor + lot.VATMinor),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(lot.WinnerCustID),
		PaymentMethod: stripe.String(lot.WinnerPMID),
		Confirm:       stripe.Bool(true),
	})
	if err != nil {
		return err
	}
	return w.lots.SetStatus(ctx, id, "charged:"+pi.ID)
}
