// Package paypal: application retries around plutov/paypal, whose
// ...WithPaypalRequestId variants take the PayPal-Request-Id.
package paypal

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/plutov/paypal/v4"
)

// --- flagged ---

func captureWithRetry(ctx context.Context, c *paypal.Client, orderID string) (*paypal.CaptureOrderResponse, error) {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := c.CaptureOrder(ctx, orderID, paypal.CaptureOrderRequest{}) // want `paypal Client.CaptureOrder is retried by a for loop \(line 17\) without an idempotency key: a retry after a lost response can charge twice; call its ...WithPaypalRequestId variant with a PayPal-Request-Id made once before retrying`
		if err == nil {
			return res, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

func emptyRequestID(ctx context.Context, c *paypal.Client, units []paypal.PurchaseUnitRequest) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = c.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units, nil, nil, ""); err == nil { // want `paypal Client.CreateOrderWithPaypalRequestID is retried by a for loop \(line 29\) without an idempotency key`
			return nil
		}
	}
	return err
}

func requestIDPerAttempt(ctx context.Context, c *paypal.Client, orderID string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = c.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, uuid.NewString(), nil); err == nil { // want `is retried by a for loop \(line 39\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
			return nil
		}
	}
	return err
}

// --- silent ---

func stableRequestID(ctx context.Context, c *paypal.Client, orderID string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = c.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, "capture-"+orderID, nil); err == nil {
			return nil
		}
	}
	return err
}

func singleCall(ctx context.Context, c *paypal.Client, orderID string) error {
	_, err := c.CaptureOrder(ctx, orderID, paypal.CaptureOrderRequest{})
	return err
}

func retriedGet(ctx context.Context, c *paypal.Client, orderID string) (*paypal.Order, error) {
	for i := 0; i < 5; i++ {
		if o, err := c.GetOrder(ctx, orderID); err == nil {
			return o, nil
		}
		time.Sleep(2 * time.Second)
	}
	return nil, errors.New("gave up")
}
