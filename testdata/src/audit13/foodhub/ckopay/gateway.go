// Package ckopay takes in-app card payments through Checkout.com.
package ckopay

import (
	"context"
	"errors"
	"net"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"

	"audit13/foodhub/domain"
)

const capturePollEvery = time.Second

// OrderConfirmer is the part of the order store the app flow needs.
type OrderConfirmer interface {
	Get(ctx context.Context, id string) (*domain.Order, error)
	SetProviderRef(ctx context.Context, id, ref string) error
	ConfirmPayment(ctx context.Context, id string) error
}

// Gateway talks to Checkout.com for the mobile app.
type Gateway struct {
	api    *nas.Client
	orders OrderConfirmer
}

// NewGateway returns a Gateway.
func NewGateway(api *nas.Client, orders OrderConfirmer) *Gateway {
	return &Gateway{api: api, orders: orders}
}

func isTransient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// requestRef names one payment request in Checkout.com's dashboard.
func requestRef(o *domain.Order) string {
	return o.ID + "-" + strconv.FormatInt(time.Now().UnixMilli(), 36)
}

// Authorize requests a card payment for an app order.
func (g *Gateway) Authorize(ctx context.Context, o *domain.Order) (*nas.PaymentResponse, error) {
	req := nas.PaymentRequest{
		Currency:  common.Currency(o.Currency),
		Amount:    o.AmountMinor,
		Reference: o.ID,
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)
	return backoff.RetryWithData(func() (*nas.PaymentResponse, error) {
		ref := requestRef(o)
		resp, err := g.api.RequestPaymentWithContext(ctx, req, &ref) // want "\\[idempotency\\] checkout-sdk Payments.RequestPaymentWithContext is retried by backoff.RetryWithData \\(line 57\\) with an idempotency key made anew on every attempt \\(requestRef\\(o\\), line 58\\)"
		if err != nil {
			if isTransient(err) {
				return nil, err
			}
			return nil, backoff.Permanent(err)
		}
		return resp, nil
	}, b)
}

// Capture captures an authorized payment once the restaurant accepted the
// order.
func (g *Gateway) Capture(ctx context.Context, paymentID string, amount int64) error {
	key := "cap-" + paymentID
	op := func() error {
		_, err := g.api.CapturePaymentWithContext(ctx, paymentID,
			nas.CaptureRequest{Amount: amount, Reference: paymentID}, &key)
		if err != nil && !isTransient(err) {
			return backoff.Permanent(err)
		}
		return err
	}
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx))
}

// WaitForCapture waits until the capture shows on the payment.
func (g *Gateway) WaitForCapture(ctx context.Context, paymentID string) (payments.PaymentStatus, error) {
	for i := 0; i < 30; i++ {
		p, err := g.api.GetPaymentDetailsWithContext(ctx, paymentID)
		if err != nil {
			return "", err
		}
		switch p.Status {
		case payments.Captured, payments.Declined:
			return p.Status, nil
		}
		time.Sleep(capturePollEvery) // want "\\[pollinterval\\] payment status polled every 1s"
	}
	return payments.Pending, nil
}

// CaptureAndWait captures and waits for Checkout.com to settle the capture.
func (g *Gateway) CaptureAndWait(ctx context.Context, paymentID string, amount int64) (payments.PaymentStatus, error) {
	if err := g.Capture(ctx, paymentID, amount); err != nil {
		return "", err
	}
	return g.WaitForCapture(ctx, paymentID)
}
