// Package checkout: poll loops over a checkout payment's status read.
package checkout

import (
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
)

// No bound: a payment stuck pending is polled forever.
func forever(c *nas.Client, id string) {
	for { // want `loop polling payment id has no bound`
		p, err := c.GetPaymentDetails(id)
		if err == nil && (p.Status == payments.Captured || p.Status == payments.Declined) {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(c *nas.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		p, err := c.GetPaymentDetails(id)
		if err == nil && p.Status == payments.Captured {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(c *nas.Client, id string) {
	for i := 0; i < 60; i++ {
		p, err := c.GetPaymentDetails(id)
		if err == nil && (p.Status == payments.Captured || p.Status == payments.Declined) {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it: Authorized is Checkout.com's approved payment.
func onlyAuthorized(c *nas.Client, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		p, err := c.GetPaymentDetails(id)
		if err == nil && p.Status == payments.Authorized {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
