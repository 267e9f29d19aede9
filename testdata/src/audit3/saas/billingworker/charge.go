package billingworker

import (
	"context"
	"strconv"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func intentParams(p Purchase) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(p.Cents),
		Currency:      stripe.String("usd"),
		Customer:      stripe.String(p.CustomerID),
		PaymentMethod: stripe.String(p.PaymentPM),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"seat_purchase": strconv.FormatInt(p.ID, 10)},
	}
}

// ChargeFresh was the first version: a new key on every pass of the worker.
func ChargeFresh(ctx context.Context, p Purchase) (string, error) {
	params := intentParams(p)
	params.SetIdempotencyKey(uuid.NewString())
	pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by Run \\(line 51\\) with an idempotency key made anew"
	if err != nil {
		return "", err
	}
	return pi.ID, nil
}

// ChargeStable uses the key stored on the row when it was queued.
func ChargeStable(ctx context.Context, p Purchase) (string, error) {
	params := intentParams(p)
	params.SetIdempotencyKey(p.ChargeKey)
	pi, err := paymentintent.New(params)
	if err != nil {
		return "", err
	}
	return pi.ID, nil
}

// Start wires the worker in main.
func Start(ctx context.Context, w *Worker, stable bool) {
	if stable {
		go w.Run(ctx, ChargeStable)
		return
	}
	go w.Run(ctx, ChargeFresh)
}
