// Package indexed hands the loop counter to its wrapper, which picks the
// pass's amount from a schedule with it: each pass pays another amount,
// not the same payment again. Silent.
package indexed

import (
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errDeclined = errors.New("card declined")

var schedule = []int64{1000, 2500, 5000}

func chargeStep(customer string, step int) (*stripe.PaymentIntent, error) {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(schedule[step]), Currency: stripe.String("eur"), Customer: stripe.String(customer), Confirm: stripe.Bool(true)}
	p.SetIdempotencyKey(fmt.Sprintf("%s-step%d", customer, step))
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

// TopUp tries larger top-ups until one settles.
func TopUp(customer string) (string, error) {
	for step := 0; step < len(schedule); step++ {
		pi, err := chargeStep(customer, step)
		if err != nil {
			return "", err
		}
		ok, err := settled(pi.ID)
		if err != nil {
			return "", err
		}
		if ok {
			return pi.ID, nil
		}
	}
	return "", fmt.Errorf("no top-up for %s", customer)
}
