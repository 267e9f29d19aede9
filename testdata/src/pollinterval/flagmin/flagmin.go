// Package flagmin is checked with -pollinterval.min=5s.
package flagmin

import (
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func threeSeconds(id string) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		time.Sleep(3 * time.Second) // want `payment status polled every 3s: the provider's limit is one poll per 5s; wait at least 5s`
	}
}

func sixSeconds(id string) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		time.Sleep(6 * time.Second)
	}
}
