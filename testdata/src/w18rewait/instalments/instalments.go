// Package instalments charges an order in three instalments, each
// numbered by the loop counter the wrapper prints into its key, and waits
// for each before the next: a loop over different payments, which never
// leaves on a settled one. Silent.
package instalments

import (
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errDeclined = errors.New("card declined")

func chargeInstalment(orderID string, cents int64, n int) (*stripe.PaymentIntent, error) {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(cents), Currency: stripe.String("eur"), Confirm: stripe.Bool(true)}
	p.SetIdempotencyKey(fmt.Sprintf("%s-inst%d", orderID, n))
	return paymentintent.New(p)
}

func settled(id string) (bool, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled:
			return false, errDeclined
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// PayInInstalments charges each instalment once.
func PayInInstalments(orderID string, cents int64) error {
	for n := 1; n <= 3; n++ {
		pi, err := chargeInstalment(orderID, cents/3, n)
		if err != nil {
			return err
		}
		ok, err := settled(pi.ID)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Printf("instalment %d of %s still processing\n", n, orderID)
		}
	}
	return nil
}
