// Package xendit: a new xendit payment created while polling the old one.
package xendit

import (
	"context"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, c *xendit.APIClient, id string, p paymentrequest.PaymentRequestParameters) {
	for i := 0; i < 60; i++ {
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && (pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED || pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_FAILED) {
			return
		}
		if i == 30 {
			_, _, _ = c.PaymentRequestApi.CreatePaymentRequest(ctx).PaymentRequestParameters(p).Execute() // want `new payment created inside the loop that polls payment id`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, c *xendit.APIClient, id string, p paymentrequest.PaymentRequestParameters) {
	_, _, _ = c.PaymentRequestApi.CreatePaymentRequest(ctx).PaymentRequestParameters(p).Execute()
	for i := 0; i < 60; i++ {
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && (pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED || pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_FAILED) {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
