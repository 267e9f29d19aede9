// Package checkout: application retries around checkout-sdk-go, whose
// payment calls take the Cko-Idempotency-Key as their last argument.
package checkout

import (
	"context"
	"errors"
	"time"

	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/google/uuid"
)

// --- flagged ---

func payWithRetry(c *nas.Client, req nas.PaymentRequest) (*nas.PaymentResponse, error) {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := c.RequestPayment(req, nil) // want `checkout-sdk Payments.RequestPayment is retried by a for loop \(line 18\) without an idempotency key: a retry after a lost response can charge twice; pass an idempotencyKey made once before retrying`
		if err == nil {
			return res, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

func keyPerAttempt(ctx context.Context, c *nas.Client, req nas.PaymentRequest) error {
	return backoff4.Retry(func() error {
		key := uuid.NewString()
		_, err := c.RequestPaymentWithContext(ctx, req, &key) // want `is retried by backoff.Retry \(line 29\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

// --- silent ---

func stableKey(ctx context.Context, c *nas.Client, req nas.PaymentRequest, orderID string) error {
	key := "pay-" + orderID
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = c.RequestPaymentWithContext(ctx, req, &key); err == nil {
			return nil
		}
	}
	return err
}

func singleCall(c *nas.Client, req nas.PaymentRequest) error {
	_, err := c.RequestPayment(req, nil)
	return err
}
