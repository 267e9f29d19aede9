package adyenpay

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"

	"audit13/tickets/domain"
)

// Result is what the checkout page needs after a payment call.
type Result struct {
	PSPRef     string
	ResultCode string
}

func (c *Client) paymentRequest(o domain.Order) checkout.PaymentRequest {
	return checkout.PaymentRequest{
		Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
		MerchantAccount: c.merchant,
		Reference:       o.Ref,
	}
}

func policy(ctx context.Context) backoff.BackOff {
	b := backoff.NewExponentialBackOff(backoff.WithInitialInterval(500*time.Millisecond), backoff.WithMaxElapsedTime(30*time.Second))
	return backoff.WithContext(backoff.WithMaxRetries(b, 4), ctx)
}

// CreatePayment sends a primary-sale payment for o.
func (c *Client) CreatePayment(ctx context.Context, o domain.Order) (Result, error) {
	key := "pay-" + o.Ref
	var out Result
	err := backoff.Retry(func() error {
		in := c.api.PaymentsApi.PaymentsInput().
			IdempotencyKey(key).
			PaymentRequest(c.paymentRequest(o))
		res, httpResp, err := c.api.PaymentsApi.Payments(ctx, in)
		if err != nil {
			if retryable(httpResp) {
				return err
			}
			return backoff.Permanent(err)
		}
		out = Result{PSPRef: deref(res.PspReference), ResultCode: deref(res.ResultCode)}
		return nil
	}, policy(ctx))
	return out, err
}

// attemptKey tags one resale purchase attempt.
func attemptKey(ref string) string {
	return ref + "-" + strconv.FormatInt(time.Now().UnixMilli(), 36)
}

// BuyListing charges a resale buyer for a listing. Resale payments are
// authorised only; the capture follows once the seller's barcode is
// reissued.
func (c *Client) BuyListing(ctx context.Context, o domain.Order) (Result, error) {
	var out Result
	op := func() error {
		in := c.api.PaymentsApi.PaymentsInput().
			IdempotencyKey(attemptKey(o.Ref)).
			PaymentRequest(c.paymentRequest(o))
		res, httpResp, err := c.api.PaymentsApi.Payments(ctx, in) // want "\\[idempotency\\] adyen PaymentsApi.Payments is retried by backoff.Retry \\(line 81\\) with an idempotency key made anew on every attempt"
		if err != nil {
			if retryable(httpResp) {
				return err
			}
			return backoff.Permanent(fmt.Errorf("adyen resale %s: %w", o.Ref, err))
		}
		out = Result{PSPRef: deref(res.PspReference), ResultCode: deref(res.ResultCode)}
		return nil
	}
	return out, backoff.Retry(op, policy(ctx))
}

// SubmitDetails completes a redirect payment (3-D Secure, iDEAL...) with
// the redirectResult Adyen appended to our return URL.
func (c *Client) SubmitDetails(ctx context.Context, redirectResult string) (Result, error) {
	sum := sha256.Sum256([]byte(redirectResult))
	in := c.api.PaymentsApi.PaymentsDetailsInput().
		IdempotencyKey("details-" + hex.EncodeToString(sum[:12])).
		PaymentDetailsRequest(checkout.PaymentDetailsRequest{Details: map[string]interface{}{"redirectResult": redirectResult}})
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		res, httpResp, err := c.api.PaymentsApi.PaymentsDetails(ctx, in) // want "\\[retrybackoff\\] adyen PaymentsApi.PaymentsDetails is retried by a for loop \\(line 92\\) with no wait between attempts"
		if err == nil {
			return Result{PSPRef: deref(res.PspReference), ResultCode: deref(res.ResultCode)}, nil
		}
		lastErr = err
		if !retryable(httpResp) {
			break
		}
	}
	return Result{}, lastErr
}
