// Package ckopay takes card payments for freight invoices through
// Checkout.com.
package ckopay

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"

	"audit11/freight/domain"
	"audit11/freight/internal/retryx"
)

// API is the part of the Checkout.com SDK this package uses.
type API interface {
	RequestPaymentWithContext(ctx context.Context, request nas.PaymentRequest, idempotencyKey *string) (*nas.PaymentResponse, error)
	GetPaymentDetailsWithContext(ctx context.Context, paymentId string) (*nas.GetPaymentResponse, error)
	CapturePaymentWithContext(ctx context.Context, paymentId string, captureRequest nas.CaptureRequest, idempotencyKey *string) (*payments.CaptureResponse, error)
}

// Client charges shipper cards.
type Client struct {
	api    API
	policy retryx.Policy
}

// New wraps the SDK client.
func New(api *nas.Client, policy retryx.Policy) *Client {
	return &Client{api: api, policy: policy}
}

// paymentRequest builds the authorization request and its reference.
func (c *Client) paymentRequest(inv *domain.Invoice) (nas.PaymentRequest, string) {
	ref := inv.Number + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	return nas.PaymentRequest{
		Currency:  common.Currency(inv.Currency),
		Amount:    inv.AmountCents,
		Reference: ref,
	}, ref
}

// Authorize requests a card payment for an invoice.
func (c *Client) Authorize(ctx context.Context, inv *domain.Invoice) (*nas.PaymentResponse, error) {
	return retryx.Do(ctx, c.policy, func(ctx context.Context, attempt int) (*nas.PaymentResponse, error) {
		req, ref := c.paymentRequest(inv)
		resp, err := c.api.RequestPaymentWithContext(ctx, req, &ref) // want `\[idempotency\] checkout-sdk Payments.RequestPaymentWithContext is retried by retryx.Do`
		if err != nil {
			return nil, fmt.Errorf("authorize %s (attempt %d): %w", inv.Number, attempt, err)
		}
		if !resp.Approved && resp.Status == payments.Declined {
			return resp, retryx.Stop(fmt.Errorf("authorize %s: declined", inv.Number))
		}
		return resp, nil
	})
}

// Capture captures an authorized payment.
func (c *Client) Capture(ctx context.Context, paymentID string, amount int64) (*payments.CaptureResponse, error) {
	key := "capture-" + paymentID
	return retryx.Do(ctx, c.policy, func(ctx context.Context, _ int) (*payments.CaptureResponse, error) {
		return c.api.CapturePaymentWithContext(ctx, paymentID, nas.CaptureRequest{Amount: amount, Reference: paymentID}, &key)
	})
}

// Details reads a payment (also used for hosted-page session ids).
func (c *Client) Details(ctx context.Context, id string) (*nas.GetPaymentResponse, error) {
	return c.api.GetPaymentDetailsWithContext(ctx, id)
}

// ErrDeclined is returned when the issuer declined the card.
var ErrDeclined = errors.New("ckopay: payment declined")
