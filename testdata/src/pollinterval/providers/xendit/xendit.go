// Package xendit: polls of a Xendit payment request's status.
package xendit

import (
	"context"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

func fastPoll(ctx context.Context, c *xendit.APIClient, id string) {
	for i := 0; i < 100; i++ {
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, c *xendit.APIClient, id string) {
	for i := 0; i < 100; i++ {
		pr, _, err := c.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if err == nil && pr.Status == paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED {
			return
		}
		time.Sleep(3 * time.Second)
	}
}
