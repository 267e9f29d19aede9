package cancellations

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// Refunder issues cancellation refunds.
type Refunder struct {
	Adyen    *checkout.APIClient
	Merchant string
	Now      func() time.Time
}

// RefundStripe refunds a Stripe-paid stay under a key derived from the booking.
func (f *Refunder) RefundStripe(ctx context.Context, s Stay) error {
	amount := refundable(s, f.Now())
	op := func() error {
		p := &stripe.RefundParams{PaymentIntent: stripe.String(s.PaymentIntentID), Amount: stripe.Int64(amount)}
		p.SetIdempotencyKey("cancel-refund-" + s.Ref)
		_, err := refund.New(p)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode >= 400 && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return backoff.Retry(op, b)
}

// RefundStripeGoodwill refunds a goodwill amount the duty manager typed in.
func (f *Refunder) RefundStripeGoodwill(ctx context.Context, s Stay, minor int64) error {
	return retry.Do(func() error {
		_, err := refund.New(&stripe.RefundParams{ // want "\\[idempotency\\] .*stripe refund.New is retried by retry.Do" "\\[retrybackoff\\] .*every 100ms, a fixed wait"
			PaymentIntent: stripe.String(s.PaymentIntentID),
			Amount:        stripe.Int64(minor),
			Reason:        stripe.String("requested_by_customer"),
		})
		return err
	}, retry.Attempts(5), retry.Delay(100*time.Millisecond), retry.DelayType(retry.FixedDelay), retry.Context(ctx))
}

// RefundAdyen refunds an Adyen-paid stay.
func (f *Refunder) RefundAdyen(ctx context.Context, s Stay) error {
	amount := refundable(s, f.Now())
	ref := "cancel-" + s.Ref
	op := func() error {
		in := f.Adyen.ModificationsApi.RefundCapturedPaymentInput(s.PspReference).
			IdempotencyKey(ref).
			PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: s.Currency, Value: amount},
				MerchantAccount: f.Merchant,
				Reference:       &ref,
			})
		_, resp, err := f.Adyen.ModificationsApi.RefundCapturedPayment(ctx, in)
		if err != nil { // want "\\[retrystatus\\] .*every non-2xx status is retried"
			return err
		}
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
			return fmt.Errorf("adyen refund %s: %d", s.Ref, resp.StatusCode)
		}
		return nil
	}
	return backoff.Retry(op, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// RefundPartial refunds part of a stay, giving up on declines.
func (f *Refunder) RefundPartial(ctx context.Context, s Stay, minor int64) error {
	p := &stripe.RefundParams{PaymentIntent: stripe.String(s.PaymentIntentID), Amount: stripe.Int64(minor)}
	p.SetIdempotencyKey("partial-" + s.Ref + "-" + fmt.Sprint(minor))
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if _, err = refund.New(p); err == nil {
			return nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want "\\[retrystatus\\] .*invalid_request_error are retried"
			return err
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return err
}
