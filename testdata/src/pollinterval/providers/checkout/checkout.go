// Package checkout: polls of a Checkout.com payment's status.
package checkout

import (
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
)

func fastPoll(c *nas.Client, id string) {
	for i := 0; i < 100; i++ {
		p, err := c.GetPaymentDetails(id)
		if err == nil && p.Status == payments.Captured {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(c *nas.Client, id string) {
	for i := 0; i < 100; i++ {
		p, err := c.GetPaymentDetails(id)
		if err == nil && p.Status == payments.Captured {
			return
		}
		time.Sleep(3 * time.Second)
	}
}
