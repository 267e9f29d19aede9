// Package paypalpay sells tickets through PayPal Orders in the markets
// where Adyen is not enabled.
package paypalpay

import (
	"context"
	"errors"
	"net"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/plutov/paypal/v4"

	"audit13/tickets/domain"
)

// ErrVoided is returned when PayPal voids an order.
var ErrVoided = errors.New("paypal: order voided")

// Client wraps the PayPal SDK.
type Client struct {
	pp    *paypal.Client
	brand string
}

// New builds a Client.
func New(clientID, secret, apiBase, brand string) (*Client, error) {
	pp, err := paypal.NewClient(clientID, secret, apiBase)
	if err != nil {
		return nil, err
	}
	return &Client{pp: pp, brand: brand}, nil
}

// SDK exposes the underlying PayPal client (webhook verification needs it).
func (c *Client) SDK() *paypal.Client { return c.pp }

func transient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// CreateOrder opens a PayPal order for o and returns its id.
func (c *Client) CreateOrder(ctx context.Context, o domain.Order) (string, error) {
	units := []paypal.PurchaseUnitRequest{{
		ReferenceID: o.Ref,
		Amount:      &paypal.PurchaseUnitAmount{Currency: o.Currency, Value: domain.Major(o.AmountMinor)},
	}}
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var order *paypal.Order
		order, err = c.pp.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units, nil,
			&paypal.ApplicationContext{BrandName: c.brand}, "order-"+o.Ref)
		if err == nil {
			return order.ID, nil
		}
		if !transient(err) {
			return "", err
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return "", err
}

// Order reads a PayPal order.
func (c *Client) Order(ctx context.Context, id string) (*paypal.Order, error) {
	return c.pp.GetOrder(ctx, id)
}

// Capture captures an approved order; PayPal answers the same capture for
// the same request id.
func (c *Client) Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	return c.pp.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, "capture-"+orderID, nil)
}

// WaitCompleted waits until PayPal reports the order completed.
func (c *Client) WaitCompleted(ctx context.Context, orderID string) error {
	for { // want "\\[pollbound\\] loop polling payment orderID has no bound"
		o, err := c.pp.GetOrder(context.Background(), orderID)
		if err != nil {
			time.Sleep(3 * time.Second)
			continue
		}
		switch o.Status {
		case paypal.OrderStatusCompleted:
			return nil
		case paypal.OrderStatusVoided:
			return ErrVoided
		}
		time.Sleep(3 * time.Second)
	}
}

// Refund refunds a PayPal capture in full.
func (c *Client) Refund(ctx context.Context, o domain.Order) error {
	req := paypal.RefundCaptureRequest{
		Amount: &paypal.Money{Currency: o.Currency, Value: domain.Major(o.AmountMinor)},
	}
	return retry.Do(func() error {
		_, err := c.pp.RefundCapture(ctx, o.CaptureID, req) // want "\\[idempotency\\] paypal Client.RefundCapture is retried by retry.Do \\(line 99\\) without an idempotency key"
		return err
	},
		retry.Context(ctx),
		retry.Attempts(4),
		retry.Delay(2*time.Second),
		retry.DelayType(retry.BackOffDelay),
		retry.RetryIf(transient),
	)
}
