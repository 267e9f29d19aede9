// Package iterators walks stripe list iterators: Next() in a loop is
// pagination, not polling.
package iterators

import (
	"context"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Stuck lists payment intents of a customer still processing.
func Stuck(ctx context.Context, customer string) ([]string, error) {
	params := &stripe.PaymentIntentListParams{Customer: stripe.String(customer)}
	params.Limit = stripe.Int64(100)
	it := paymentintent.List(params)
	var ids []string
	for it.Next() {
		pi := it.PaymentIntent()
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			ids = append(ids, pi.ID)
		}
	}
	return ids, it.Err()
}

// Reconcile re-reads each listed payment once.
func Reconcile(ctx context.Context) (int, error) {
	it := paymentintent.List(&stripe.PaymentIntentListParams{})
	n := 0
	for it.Next() {
		pi, err := paymentintent.Get(it.PaymentIntent().ID, nil)
		if err != nil {
			return n, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			n++
		}
	}
	return n, it.Err()
}
