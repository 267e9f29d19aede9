// Package square: application retries around square-go-sdk, whose
// requests carry the key in their IdempotencyKey field and which retries
// a call itself with the same body.
package square

import (
	"context"
	"errors"
	"time"

	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

// --- flagged ---

func payWithRetry(ctx context.Context, sq *sqclient.Client, nonce string) (*square.CreatePaymentResponse, error) {
	for attempt := 0; attempt < 3; attempt++ {
		res, err := sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: nonce}) // want `square Payments.Create is retried by a for loop \(line 20\) without an idempotency key: a retry after a lost response can charge twice; set the request's IdempotencyKey to a key made once before retrying`
		if err == nil {
			return res, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errors.New("gave up")
}

func keyPerAttempt(ctx context.Context, sq *sqclient.Client, nonce string) error {
	return backoff4.Retry(func() error {
		_, err := sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: nonce, IdempotencyKey: uuid.NewString()}) // want `is retried by backoff.Retry \(line 31\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

func refundKeyPerAttempt(ctx context.Context, sq *sqclient.Client, paymentID string) error {
	var err error
	for i := 0; i < 3; i++ {
		req := &square.RefundPaymentRequest{PaymentID: square.String(paymentID)}
		req.IdempotencyKey = uuid.New().String()
		if _, err = sq.Refunds.RefundPayment(ctx, req); err == nil { // want `square Refunds.RefundPayment is retried by a for loop \(line 39\) with an idempotency key made anew on every attempt`
			return nil
		}
	}
	return err
}

// --- silent ---

func stableKey(ctx context.Context, sq *sqclient.Client, orderID, nonce string) error {
	var err error
	for i := 0; i < 3; i++ {
		req := &square.CreatePaymentRequest{SourceID: nonce, IdempotencyKey: "order-" + orderID}
		if _, err = sq.Payments.Create(ctx, req); err == nil {
			return nil
		}
	}
	return err
}

func randomKeyOnce(ctx context.Context, sq *sqclient.Client, nonce string) error {
	req := &square.CreatePaymentRequest{SourceID: nonce, IdempotencyKey: uuid.NewString()}
	return backoff4.Retry(func() error {
		_, err := sq.Payments.Create(ctx, req)
		return err
	}, backoff4.NewExponentialBackOff())
}

// One call: the SDK's own retries re-send the same body.
func singleCall(ctx context.Context, sq *sqclient.Client, nonce string) (*square.CreatePaymentResponse, error) {
	return sq.Payments.Create(ctx, &square.CreatePaymentRequest{SourceID: nonce})
}

func requestHandedIn(ctx context.Context, sq *sqclient.Client, req *square.CreatePaymentRequest) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, err = sq.Payments.Create(ctx, req); err == nil {
			return nil
		}
	}
	return err
}
