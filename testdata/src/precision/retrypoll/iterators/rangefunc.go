package iterators

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
)

// Requeue walks the new client's range-over-func list and re-reads each
// processing payment once, pausing briefly between different payments.
func Requeue(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var done []string
	for pi, err := range sc.V1PaymentIntents.List(ctx, &stripe.PaymentIntentListParams{}) {
		if err != nil {
			return done, err
		}
		if pi.Status != stripe.PaymentIntentStatusProcessing {
			continue
		}
		fresh, err := sc.V1PaymentIntents.Retrieve(ctx, pi.ID, nil)
		if err != nil {
			continue
		}
		if fresh.Status == stripe.PaymentIntentStatusSucceeded {
			done = append(done, fresh.ID)
		}
		time.Sleep(100 * time.Millisecond)
	}
	return done, nil
}

// Bounded cancels the stale ones with a key from the payment id.
func Bounded(ctx context.Context, sc *stripe.Client, cutoff int64) error {
	for pi, err := range sc.V1PaymentIntents.List(ctx, &stripe.PaymentIntentListParams{}) {
		if err != nil {
			return err
		}
		for attempt := 0; attempt < 3; attempt++ {
			p := &stripe.PaymentIntentCancelParams{}
			p.SetIdempotencyKey("cancel-" + pi.ID)
			if _, err := sc.V1PaymentIntents.Cancel(ctx, pi.ID, p); err == nil {
				break
			}
		}
	}
	return nil
}
