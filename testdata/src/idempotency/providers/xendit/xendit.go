// Package xendit: application retries around xendit-go, whose request
// builders take the key with IdempotencyKey(k).
package xendit

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

// --- flagged ---

func payWithRetry(ctx context.Context, c *xendit.APIClient, p paymentrequest.PaymentRequestParameters) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err := c.PaymentRequestApi.CreatePaymentRequest(ctx).PaymentRequestParameters(p).Execute(); err == nil { // want `xendit PaymentRequestApi.CreatePaymentRequest is retried by a for loop \(line 18\) without an idempotency key: a retry after a lost response can charge twice; set the request's IdempotencyKey\(key\) to a key made once before retrying`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func keyPerAttempt(ctx context.Context, c *xendit.APIClient, p paymentrequest.PaymentRequestParameters) error {
	for attempt := 0; attempt < 3; attempt++ {
		req := c.PaymentRequestApi.CreatePaymentRequest(ctx).IdempotencyKey(uuid.NewString()).PaymentRequestParameters(p)
		if _, _, err := req.Execute(); err == nil { // want `is retried by a for loop \(line 28\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
			return nil
		}
	}
	return errors.New("gave up")
}

// --- silent ---

func stableKey(ctx context.Context, c *xendit.APIClient, p paymentrequest.PaymentRequestParameters, orderID string) error {
	req := c.PaymentRequestApi.CreatePaymentRequest(ctx).IdempotencyKey("pr-" + orderID).PaymentRequestParameters(p)
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err := req.Execute(); err == nil {
			return nil
		}
	}
	return errors.New("gave up")
}

func singleCall(ctx context.Context, c *xendit.APIClient, p paymentrequest.PaymentRequestParameters) error {
	_, _, err := c.PaymentRequestApi.CreatePaymentRequest(ctx).PaymentRequestParameters(p).Execute()
	if err != nil {
		return err
	}
	return nil
}
