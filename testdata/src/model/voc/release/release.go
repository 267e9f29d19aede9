// Package release retries the release of a card hold (a payment intent
// cancelled before capture): cancelling twice charges nobody, so no
// idempotency key is asked of it; capturing the same hold in the same
// loop is a write and is.
package release

import (
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Holds struct{ pi paymentintent.Client }

// Drop releases a hold the kiosk no longer needs, four times at most.
func (h *Holds) Drop(id string) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = h.pi.Cancel(id, &stripe.PaymentIntentCancelParams{}); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// Settle captures the hold with no key of its own: each call gets a new
// one from the SDK.
func (h *Holds) Settle(id string) error {
	var err error
	for i := 0; i < 4; i++ {
		if _, err = h.pi.Capture(id, nil); err == nil { // want `stripe paymentintent.Capture is retried by a for loop .line 32. without an idempotency key`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
