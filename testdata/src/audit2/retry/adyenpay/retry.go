package adyenpay

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

func policy(ctx context.Context) backoff.BackOff {
	return backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)
}

// Authorise sends /payments; the merchantReference is in the body.
func (s *Service) Authorise(ctx context.Context, p Purchase) (checkout.PaymentResponse, error) {
	var out checkout.PaymentResponse
	op := func() error {
		in := s.api.PaymentsApi.PaymentsInput().PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: p.Currency, Value: p.Amount},
			MerchantAccount: s.merchant,
			Reference:       p.MerchantReference,
		})
		res, httpResp, err := s.api.PaymentsApi.Payments(ctx, in) // want "\\[idempotency\\] adyen PaymentsApi.Payments is retried by backoff.Retry .line 38. without an idempotency key"
		if err != nil {                                           // want "\\[retrystatus\\] adyen PaymentsApi.Payments is retried by backoff.Retry .line 38.: every non-2xx status is retried"
			return err
		}
		if httpResp.StatusCode/100 != 2 { // the backoff.Retry operation returns a plain (retryable) error for every non-2xx answer, so a 400/422 refusal of /payments is sent again; only 5xx/429 should be retried (backoff.Permanent otherwise). Reported at line 29: the Adyen library already returns an error for every status >= 300
			return fmt.Errorf("adyen payments: %d", httpResp.StatusCode)
		}
		out = res
		return nil
	}
	return out, backoff.Retry(op, policy(ctx))
}

// Capture captures an authorisation; a fresh key per try "to be safe".
func (s *Service) Capture(ctx context.Context, psp string, p Purchase) error {
	return backoff.Retry(func() error {
		in := s.api.ModificationsApi.CaptureAuthorisedPaymentInput(psp).
			IdempotencyKey(uuid.NewString()).
			PaymentCaptureRequest(checkout.PaymentCaptureRequest{
				Amount:          checkout.Amount{Currency: p.Currency, Value: p.Amount},
				MerchantAccount: s.merchant,
			})
		_, httpResp, err := s.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in) // want "\\[idempotency\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry .line 43. with an idempotency key made anew" "\\[retrybackoff\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry .line 43. every 250ms"
		if err != nil && httpResp != nil && httpResp.StatusCode < 500 {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(250*time.Millisecond), 5))
}

// Refund refunds a capture with one key for all tries; 4xx stop at once.
func (s *Service) Refund(ctx context.Context, psp, refundRef string, p Purchase) error {
	key := "refund-" + refundRef
	return backoff.Retry(func() error {
		in := s.api.ModificationsApi.RefundCapturedPaymentInput(psp).
			IdempotencyKey(key).
			PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: p.Currency, Value: p.Amount},
				MerchantAccount: s.merchant,
				Reference:       &refundRef,
			})
		_, httpResp, err := s.api.ModificationsApi.RefundCapturedPayment(ctx, in)
		if httpResp != nil && httpResp.StatusCode >= 400 && httpResp.StatusCode < 500 &&
			httpResp.StatusCode != http.StatusTooManyRequests {
			return backoff.Permanent(fmt.Errorf("adyen refund rejected: %d", httpResp.StatusCode))
		}
		return err
	}, policy(ctx))
}
