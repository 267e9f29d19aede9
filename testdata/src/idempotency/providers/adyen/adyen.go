// Package adyen: application retries around adyen-go-api-library, which
// sends a key only when the request builder (or the context) has one and
// does not retry by itself.
package adyen

import (
	"context"
	"errors"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// --- flagged ---

func payWithRetry(ctx context.Context, svc *checkout.PaymentsApi, r checkout.PaymentRequest) (checkout.PaymentResponse, error) {
	req := svc.PaymentsInput().PaymentRequest(r)
	for attempt := 0; attempt < 3; attempt++ {
		res, _, err := svc.Payments(ctx, req) // want `adyen PaymentsApi.Payments is retried by a for loop \(line 21\) without an idempotency key: a retry after a lost response can charge twice; set the request's IdempotencyKey\(key\) to a key made once before retrying`
		if err == nil {
			return res, nil
		}
		time.Sleep(time.Second)
	}
	return checkout.PaymentResponse{}, errors.New("gave up")
}

func keyPerAttempt(ctx context.Context, svc *checkout.PaymentsApi, r checkout.PaymentRequest) error {
	return backoff4.Retry(func() error {
		req := svc.PaymentsInput().IdempotencyKey(uuid.NewString()).PaymentRequest(r)
		_, _, err := svc.Payments(ctx, req) // want `is retried by backoff.Retry \(line 32\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

func captureRetried(ctx context.Context, m *checkout.ModificationsApi, psp string, c checkout.PaymentCaptureRequest) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, _, err = m.CaptureAuthorisedPayment(ctx, m.CaptureAuthorisedPaymentInput(psp).PaymentCaptureRequest(c)); err == nil { // want `adyen ModificationsApi.CaptureAuthorisedPayment is retried by a for loop \(line 41\) without an idempotency key`
			return nil
		}
	}
	return err
}

// --- silent ---

func stableKey(ctx context.Context, svc *checkout.PaymentsApi, orderID string, r checkout.PaymentRequest) error {
	var err error
	for i := 0; i < 3; i++ {
		req := svc.PaymentsInput().IdempotencyKey("order-" + orderID).PaymentRequest(r)
		if _, _, err = svc.Payments(ctx, req); err == nil {
			return nil
		}
	}
	return err
}

func keyOnceInContext(ctx context.Context, svc *checkout.PaymentsApi, r checkout.PaymentRequest) error {
	kctx := common.WithIdempotencyKey(ctx, uuid.NewString())
	return backoff4.Retry(func() error {
		_, _, err := svc.Payments(kctx, svc.PaymentsInput().PaymentRequest(r))
		return err
	}, backoff4.NewExponentialBackOff())
}

func singleCall(ctx context.Context, svc *checkout.PaymentsApi, r checkout.PaymentRequest) (checkout.PaymentResponse, error) {
	res, _, err := svc.Payments(ctx, svc.PaymentsInput().PaymentRequest(r))
	return res, err
}

// A request built by the caller may carry the key.
func requestHandedIn(ctx context.Context, svc *checkout.PaymentsApi, req checkout.PaymentsApiPaymentsInput) error {
	var err error
	for i := 0; i < 3; i++ {
		if _, _, err = svc.Payments(ctx, req); err == nil {
			return nil
		}
	}
	return err
}
