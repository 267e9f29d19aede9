// Package create holds the near miss of the checkout-attempts look-alike:
// a new payment every round while the last one is still pending.
package create

import (
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func newEachRound(orderID string, amount int64) error {
	for attempt := 0; attempt < 10; attempt++ {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount)}
		p.SetIdempotencyKey(fmt.Sprintf("%s-%d", orderID, attempt))
		pi, err := paymentintent.New(p) // want `new payment created inside the loop`
		if err != nil {
			return err
		}
		cur, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return err
		}
		if cur.Status == stripe.PaymentIntentStatusSucceeded || cur.Status == stripe.PaymentIntentStatusCanceled {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return nil
}
