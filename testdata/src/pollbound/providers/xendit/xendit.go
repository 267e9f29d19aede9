// Package xendit: poll loops over a xendit payment's status read.
package xendit

import (
	"context"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, c *xendit.APIClient, id string) {
	for { // want `loop polling payment id has no bound`
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && (pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED || pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_FAILED) {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, c *xendit.APIClient, id string) {
	for i := 0; i < 60; i++ { // want `loop polling payment id stops only when the payment succeeds`
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, c *xendit.APIClient, id string) {
	for i := 0; i < 60; i++ {
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && (pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED || pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_FAILED) {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
