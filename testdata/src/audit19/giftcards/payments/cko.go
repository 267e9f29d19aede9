package payments

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/common"
	ckopayments "github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"

	"audit19/giftcards/domain"
)

// Checkout wraps Checkout.com card payments (3DS is handled by the
// hosted redirect; the success and failure URLs are configured on the
// processing channel).
type Checkout struct {
	api   *nas.Client
	retry func(ctx context.Context, op func() error) error
}

// NewCheckout builds the Checkout.com wrapper with the transient-error retrier.
func NewCheckout(api *nas.Client) *Checkout {
	return &Checkout{api: api, retry: retryTransient}
}

// ErrTransient marks errors worth another attempt (5xx); network errors
// are retried too.
var ErrTransient = errors.New("transient")

func retryTransient(ctx context.Context, op func() error) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = op(); err == nil || !(errors.Is(err, ErrTransient) || isNetErr(err)) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(1<<attempt) * time.Second):
		}
	}
	return err
}

// Authorize requests the card payment for a gift-card order.
func (c *Checkout) Authorize(ctx context.Context, o *domain.Order) (*nas.PaymentResponse, error) {
	key := "gc-pay-" + o.ID
	var res *nas.PaymentResponse
	err := c.retry(ctx, func() error {
		var err error
		res, err = c.api.RequestPaymentWithContext(ctx, nas.PaymentRequest{
			Currency:  common.Currency(o.Currency),
			Amount:    o.AmountMinor,
			Reference: o.ID,
		}, &key)
		return err
	})
	return res, err
}

// Capture captures an authorized payment.
func (c *Checkout) Capture(ctx context.Context, paymentID string, amount int64) error {
	return c.retry(ctx, func() error {
		key := fmt.Sprintf("cap-%s-%d", paymentID, time.Now().UnixNano())
		_, err := c.api.CapturePaymentWithContext(ctx, paymentID, nas.CaptureRequest{Amount: amount}, &key) // want "\\[idempotency\\] checkout-sdk Payments.CapturePaymentWithContext is retried by retryTransient through c.retry \\(line 66\\) with an idempotency key made anew on every attempt \\(time.Now\\(\\), line 67\\)"
		return err
	})
}

// Refund refunds a captured payment in full.
func (c *Checkout) Refund(ctx context.Context, paymentID string, amount int64) error {
	key := "rf-" + paymentID
	return c.retry(ctx, func() error {
		_, err := c.api.RefundPaymentWithContext(ctx, paymentID, &ckopayments.RefundRequest{Amount: amount}, &key)
		return err
	})
}

// Details reads a payment.
func (c *Checkout) Details(ctx context.Context, paymentID string) (*nas.GetPaymentResponse, error) {
	return c.api.GetPaymentDetailsWithContext(ctx, paymentID)
}

// AwaitCaptured waits up to two minutes for a payment to be captured.
func (c *Checkout) AwaitCaptured(ctx context.Context, paymentID string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t := time.NewTicker(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-t.C:
		}
		p, err := c.api.GetPaymentDetailsWithContext(ctx, paymentID)
		if err != nil {
			return false, err
		}
		switch p.Status {
		case ckopayments.Captured:
			return true, nil
		case ckopayments.Declined:
			return false, nil
		}
	}
}
