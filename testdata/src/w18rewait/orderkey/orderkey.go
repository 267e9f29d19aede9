// Package orderkey: numbered's loop, but the wrapper keys the intent by
// the order only and prints the counter into the description: the same
// key on every pass, the provider answers with the first intent. Silent
// for idempotency (pollcreate still judges the second payment).
package orderkey

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var errDeclined = errors.New("card declined")

type Checkout struct {
	wait time.Duration
}

func (c *Checkout) charge(orderID string, cents int64, try int) (*stripe.PaymentIntent, error) {
	p := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String("eur"),
		Confirm:  stripe.Bool(true),
	}
	p.SetIdempotencyKey("order-" + orderID)
	p.Description = stripe.String("try " + strconv.Itoa(try))
	return paymentintent.New(p)
}

// settled polls the intent until it succeeds, fails or c.wait passes.
func (c *Checkout) settled(id string) (bool, error) {
	deadline := time.Now().Add(c.wait)
	for time.Now().Before(deadline) {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, errDeclined
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// Pay charges again when settled gave up while the intent is processing.
func (c *Checkout) Pay(orderID string, cents int64) (string, error) {
	for try := 1; try <= 3; try++ {
		pi, err := c.charge(orderID, cents, try)
		if err != nil {
			return "", err
		}
		ok, err := c.settled(pi.ID)
		if err != nil {
			return "", err
		}
		if ok {
			return pi.ID, nil
		}
	}
	return "", fmt.Errorf("order %s: payment not settled", orderID)
}
