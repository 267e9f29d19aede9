// Package configmin has a .paylint.yml raising the minimum to 10s.
package configmin

import (
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

func fiveSeconds(id string) {
	for i := 0; i < 100; i++ {
		pi, err := paymentintent.Get(id, nil)
		if err == nil && pi.Status == stripe.PaymentIntentStatusSucceeded {
			return
		}
		time.Sleep(5 * time.Second) // want `payment status polled every 5s: the provider's limit is one poll per 10s`
	}
}
