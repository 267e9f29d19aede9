// Package numberedkey (numbered, for idempotency) charges a card through its own stripe-go wrapper,
// handing it the pass counter, which the wrapper only prints into the
// PaymentIntent's idempotency key (order-try1, -try2…), and waits through
// a function of the package that answers (false, nil) when its own
// deadline passes with the intent still processing. The loop then
// charges again under a new number while the first may still succeed.
package numberedkey

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
	p.SetIdempotencyKey(orderID + "-try" + strconv.Itoa(try))
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
		pi, err := c.charge(orderID, cents, try) // want `numberedkey.Checkout.charge \(stripe paymentintent.New\) is made again on every pass of the loop \(line 56\) after numberedkey.Checkout.settled \(line 61\) gives up while the payment may still be pending, with an idempotency key made from the pass counter try`
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
