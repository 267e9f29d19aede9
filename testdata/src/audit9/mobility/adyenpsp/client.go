// Package adyenpsp wraps the Adyen checkout API for ride pre-authorizations
// in the EU: authorise at unlock, capture or refund when the ride ends.
package adyenpsp

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	retry "github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// ErrRefused is returned when Adyen refuses the authorisation.
var ErrRefused = errors.New("adyen: authorisation refused")

// Client talks to Adyen for one merchant account.
type Client struct {
	api      *adyen.APIClient
	merchant string
	timeout  time.Duration
}

// Option configures a Client.
type Option func(*Client)

// WithTimeout bounds each Adyen call.
func WithTimeout(d time.Duration) Option { return func(c *Client) { c.timeout = d } }

// New returns an Adyen client.
func New(apiKey, merchant string, live bool, opts ...Option) *Client {
	env := common.Environment("TEST")
	if live {
		env = "LIVE"
	}
	c := &Client{
		api:      adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env}),
		merchant: merchant,
		timeout:  15 * time.Second,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Preauth places the unlock hold on the rider's card and returns the
// pspReference and the resultCode (RedirectShopper when 3-D Secure is needed).
func (c *Client) Preauth(ctx context.Context, rideID string, cents int64, currency string) (string, string, error) {
	var res checkout.PaymentResponse
	op := func() error {
		cctx, cancel := context.WithTimeout(ctx, c.timeout)
		defer cancel()
		req := c.api.Checkout().PaymentsApi.PaymentsInput().
			IdempotencyKey(uuid.NewString()).
			PaymentRequest(checkout.PaymentRequest{
				Amount:          checkout.Amount{Currency: currency, Value: cents},
				MerchantAccount: c.merchant,
				Reference:       "ride-" + rideID,
			})
		r, httpRes, err := c.api.Checkout().PaymentsApi.Payments(cctx, req) // want "\\[idempotency\\] adyen PaymentsApi.Payments is retried by backoff.Retry .* made anew on every attempt"
		if err != nil {
			if httpRes != nil && httpRes.StatusCode < 500 && httpRes.StatusCode != http.StatusTooManyRequests {
				return backoff.Permanent(err)
			}
			return err
		}
		res = r
		return nil
	}
	b := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3)
	if err := backoff.Retry(op, backoff.WithContext(b, ctx)); err != nil {
		return "", "", fmt.Errorf("adyen preauth ride %s: %w", rideID, err)
	}
	if res.ResultCode != nil && *res.ResultCode == "Refused" {
		return "", "", ErrRefused
	}
	return deref(res.PspReference), deref(res.ResultCode), nil
}

// Capture captures the final fare against the unlock hold.
func (c *Client) Capture(ctx context.Context, pspRef, rideID string, fareCents int64, currency string) error {
	ref := "ride-" + rideID
	key := "capture-" + rideID
	return retry.Do(func() error {
		req := c.api.Checkout().ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
			IdempotencyKey(key).
			PaymentCaptureRequest(checkout.PaymentCaptureRequest{
				Amount:          checkout.Amount{Currency: currency, Value: fareCents},
				MerchantAccount: c.merchant,
				Reference:       &ref,
			})
		_, httpRes, err := c.api.Checkout().ModificationsApi.CaptureAuthorisedPayment(ctx, req) // want "\\[retrybackoff\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by retry.Do .* every 250ms"
		if err != nil {
			return &callError{err: err, res: httpRes}
		}
		return nil
	},
		retry.Context(ctx),
		retry.Attempts(5),
		retry.Delay(250*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
		retry.RetryIf(isTransient),
	)
}

// Refund returns a captured fare, e.g. when the scooter failed to unlock
// after the rider was charged a minimum fare.
func (c *Client) Refund(ctx context.Context, pspRef, rideID string, cents int64, currency string) error {
	ref := "refund-" + rideID
	op := func() error {
		req := c.api.Checkout().ModificationsApi.RefundCapturedPaymentInput(pspRef).
			IdempotencyKey(ref).
			PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: currency, Value: cents},
				MerchantAccount: c.merchant,
				Reference:       &ref,
			})
		_, httpRes, err := c.api.Checkout().ModificationsApi.RefundCapturedPayment(ctx, req)
		if err != nil && !isTransient(&callError{err: err, res: httpRes}) {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx))
}

// Details submits the redirectResult of a 3-D Secure challenge and returns
// Adyen's resultCode for it.
func (c *Client) Details(ctx context.Context, redirectResult string) (string, string, error) {
	req := c.api.Checkout().PaymentsApi.PaymentsDetailsInput().
		PaymentDetailsRequest(checkout.PaymentDetailsRequest{Details: map[string]interface{}{"redirectResult": redirectResult}})
	res, _, err := c.api.Checkout().PaymentsApi.PaymentsDetails(ctx, req)
	if err != nil {
		return "", "", err
	}
	return deref(res.PspReference), deref(res.ResultCode), nil
}

type callError struct {
	err error
	res *http.Response
}

func (e *callError) Error() string { return e.err.Error() }
func (e *callError) Unwrap() error { return e.err }

func isTransient(err error) bool {
	var ce *callError
	if !errors.As(err, &ce) || ce.res == nil {
		return true
	}
	return ce.res.StatusCode >= 500 || ce.res.StatusCode == http.StatusTooManyRequests
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
