// Package checkout: a new checkout payment created while polling the old one.
package checkout

import (
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
)

// A new payment when the old one takes too long.
func recreate(c *nas.Client, id string, req nas.PaymentRequest) {
	for i := 0; i < 60; i++ {
		p, err := c.GetPaymentDetails(id)
		if err == nil && (p.Status == payments.Captured || p.Status == payments.Declined) {
			return
		}
		if i == 30 {
			_, _ = c.RequestPayment(req, nil) // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(c *nas.Client, id string, req nas.PaymentRequest) {
	_, _ = c.RequestPayment(req, nil)
	for i := 0; i < 60; i++ {
		p, err := c.GetPaymentDetails(id)
		if err == nil && (p.Status == payments.Captured || p.Status == payments.Declined) {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
