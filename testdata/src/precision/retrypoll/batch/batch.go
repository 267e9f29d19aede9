// Package batch creates one payment per order in a loop over different
// orders, each once, with a key derived from the order.
package batch

import (
	"context"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Order struct {
	ID       string
	Amount   int64
	Customer string
}

// ChargeAll creates a PaymentIntent for each due subscription order.
func ChargeAll(ctx context.Context, orders []Order) (map[string]string, error) {
	ids := make(map[string]string, len(orders))
	for _, o := range orders {
		params := &stripe.PaymentIntentParams{
			Amount:   stripe.Int64(o.Amount),
			Currency: stripe.String("eur"),
			Customer: stripe.String(o.Customer),
			Confirm:  stripe.Bool(true),
		}
		params.SetIdempotencyKey("renewal-" + o.ID)
		pi, err := paymentintent.New(params)
		if err != nil {
			log.Printf("order %s: %v", o.ID, err)
			continue
		}
		ids[o.ID] = pi.ID
		time.Sleep(50 * time.Millisecond) // stay under the create rate limit
	}
	return ids, nil
}

// ChargePending walks orders by index, one create each.
func ChargePending(sc *stripe.Client, ctx context.Context, orders []Order) []error {
	var errs []error
	for i := 0; i < len(orders); i++ {
		o := orders[i]
		p := &stripe.PaymentIntentCreateParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("usd")}
		if _, err := sc.V1PaymentIntents.Create(ctx, p); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
