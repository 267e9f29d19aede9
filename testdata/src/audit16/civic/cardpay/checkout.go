// Package cardpay takes card payments through Checkout.com and PayPal
// orders for fines, permits and tax bills.
package cardpay

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/sethvargo/go-retry"

	"audit16/civic/store"
)

// ErrNotPaid is returned when Checkout.com has not authorised a payment.
var ErrNotPaid = errors.New("cardpay: payment not completed")

// Cards wraps the Checkout.com client.
type Cards struct {
	api      *nas.Client
	attempts uint64
}

// Option configures Cards.
type Option func(*Cards)

// WithAttempts sets how many times a payment request is retried.
func WithAttempts(n uint64) Option { return func(c *Cards) { c.attempts = n } }

func New(api *nas.Client, opts ...Option) *Cards {
	c := &Cards{api: api, attempts: 3}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Cards) backoff() retry.Backoff {
	return retry.WithMaxRetries(c.attempts, retry.NewExponential(time.Second))
}

func transient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// PayFine charges the citizen's card for a parking fine.
func (c *Cards) PayFine(ctx context.Context, f store.Fine) (*nas.PaymentResponse, error) {
	return retry.DoValue(ctx, c.backoff(), func(ctx context.Context) (*nas.PaymentResponse, error) {
		req, ref := fineRequest(f)
		resp, err := c.api.RequestPaymentWithContext(ctx, req, &ref) // want "\\[idempotency\\] checkout-sdk Payments.RequestPaymentWithContext is retried by retry.DoValue .* made anew on every attempt"
		if err != nil && transient(err) {
			return nil, retry.RetryableError(err)
		}
		return resp, err
	})
}

// fineRequest builds the payment request; the reference is shown on the
// citizen's statement and in the Checkout.com dashboard.
func fineRequest(f store.Fine) (nas.PaymentRequest, string) {
	ref := fmt.Sprintf("PF-%s-%d", f.Number, time.Now().Unix())
	return nas.PaymentRequest{Currency: common.GBP, Amount: f.AmountPence, Reference: ref}, ref
}

// PayPermit authorises the permit fee; the clerk captures it after review.
func (c *Cards) PayPermit(ctx context.Context, p store.Permit) (*nas.PaymentResponse, error) {
	key := "permit-" + p.ID
	req := nas.PaymentRequest{Currency: common.GBP, Amount: p.FeePence, Reference: "PM-" + p.ID}
	return retry.DoValue(ctx, c.backoff(), func(ctx context.Context) (*nas.PaymentResponse, error) {
		resp, err := c.api.RequestPaymentWithContext(ctx, req, &key)
		if err != nil && transient(err) {
			return nil, retry.RetryableError(err)
		}
		return resp, err
	})
}

// Capture takes the authorised permit fee once the clerk approved it.
func (c *Cards) Capture(ctx context.Context, paymentID string, amount int64) error {
	key := "cap-" + paymentID
	var err error
	for attempt := 0; attempt < captureAttempts; attempt++ {
		_, err = c.api.CapturePaymentWithContext(ctx, paymentID, nas.CaptureRequest{Amount: amount, Reference: paymentID}, &key) // want "\\[retrybackoff\\] checkout-sdk Payments.CapturePaymentWithContext is retried by a for loop .* every 250ms"
		if err == nil || !transient(err) {
			return err
		}
		time.Sleep(captureRetryDelay)
	}
	return err
}

// Details reads a payment (or a 3DS session) from Checkout.com.
func (c *Cards) Details(ctx context.Context, id string) (*nas.GetPaymentResponse, error) {
	return c.api.GetPaymentDetailsWithContext(ctx, id)
}

// Settled returns the payment when Checkout.com reports it authorised or
// captured, and ErrNotPaid otherwise.
func (c *Cards) Settled(ctx context.Context, id string) (*nas.GetPaymentResponse, error) {
	d, err := c.api.GetPaymentDetailsWithContext(ctx, id)
	if err != nil {
		return nil, err
	}
	switch d.Status {
	case payments.Authorized, payments.Captured:
		return d, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrNotPaid, d.Status)
}

// AwaitAuthorisation waits for a payment left Pending after 3DS.
func (c *Cards) AwaitAuthorisation(ctx context.Context, id string) (*nas.GetPaymentResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	return kitPoll(ctx, id, c)
}
