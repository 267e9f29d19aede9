// Package paypalpay takes pledges through PayPal Orders (intent CAPTURE):
// PayPal backers are charged at once and refunded if the campaign fails.
package paypalpay

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/plutov/paypal/v4"

	"audit11/crowdfunding/domain"
	"audit11/crowdfunding/retryx"
)

// Client wraps plutov/paypal for pledges.
type Client struct {
	pp        *paypal.Client
	brand     string
	webhookID string
}

// New builds a PayPal client.
func New(clientID, secret, apiBase, webhookID string) (*Client, error) {
	pp, err := paypal.NewClient(clientID, secret, apiBase)
	if err != nil {
		return nil, err
	}
	return &Client{pp: pp, brand: "Backerly", webhookID: webhookID}, nil
}

// SDK exposes the underlying client (webhook verification needs it).
func (c *Client) SDK() *paypal.Client { return c.pp }

// WebhookID is the id PayPal signs our webhook deliveries for.
func (c *Client) WebhookID() string { return c.webhookID }

func amount(p *domain.Pledge) *paypal.PurchaseUnitAmount {
	return &paypal.PurchaseUnitAmount{
		Currency: p.Currency,
		Value:    strconv.FormatFloat(float64(p.AmountCents)/100, 'f', 2, 64),
	}
}

// CreateOrder opens the PayPal order the backer approves.
func (c *Client) CreateOrder(ctx context.Context, p *domain.Pledge) (*paypal.Order, error) {
	units := []paypal.PurchaseUnitRequest{{ReferenceID: p.ID, Amount: amount(p)}}
	return c.pp.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units,
		&paypal.CreateOrderPayer{EmailAddress: p.BackerEmail},
		&paypal.ApplicationContext{BrandName: c.brand}, "pledge-order-"+p.ID)
}

// Capture collects an approved order.
func (c *Client) Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	return c.pp.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, "capture-"+orderID, nil)
}

// order reads an order, smoothing over PayPal's occasional hiccups.
func (c *Client) order(ctx context.Context, id string) (*paypal.Order, error) {
	var err error
	for i := 0; i < 3; i++ {
		var o *paypal.Order
		if o, err = c.pp.GetOrder(ctx, id); err == nil { // want "\\[retrybackoff\\] paypal Client.GetOrder is retried by a for loop \\(line 64\\) with no wait between attempts"
			return o, nil
		}
	}
	return nil, err
}

// Order reads an order.
func (c *Client) Order(ctx context.Context, id string) (*paypal.Order, error) {
	return c.order(ctx, id)
}

// FollowCheckout watches a pledge's order while the backer is on PayPal:
// approved orders are captured; an order left unapproved for a quarter of
// an hour is replaced by a fresh one so the approval link stays valid.
func (c *Client) FollowCheckout(ctx context.Context, p *domain.Pledge, onNewOrder func(orderID string)) (*paypal.CaptureOrderResponse, error) {
	orderID := p.ProviderRef
	opened := time.Now()
	for ctx.Err() == nil {
		o, err := c.order(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.Status {
		case paypal.OrderStatusApproved:
			return c.Capture(ctx, orderID)
		case paypal.OrderStatusCompleted:
			return &paypal.CaptureOrderResponse{ID: orderID, Status: o.Status}, nil
		case paypal.OrderStatusVoided:
			return nil, domain.ErrPaymentFailed
		}
		if time.Since(opened) > 15*time.Minute {
			fresh, err := c.pp.CreateOrder(ctx, paypal.OrderIntentCapture, // want "\\[pollcreate\\] new payment created inside the loop that polls payment orderID \\(line 84\\)"
				[]paypal.PurchaseUnitRequest{{ReferenceID: p.ID, Amount: amount(p)}}, nil,
				&paypal.ApplicationContext{BrandName: c.brand})
			if err != nil {
				return nil, err
			}
			orderID, opened = fresh.ID, time.Now()
			onNewOrder(orderID)
		}
		time.Sleep(5 * time.Second)
	}
	return nil, ctx.Err()
}

// WaitCompleted waits, for up to a minute, for a captured order to show
// COMPLETED; the return page calls it before it renders.
func (c *Client) WaitCompleted(ctx context.Context, orderID string) (bool, error) {
	const checks = 120
	for i := 0; i < checks; i++ {
		o, err := c.order(ctx, orderID)
		if err != nil {
			return false, err
		}
		switch o.Status {
		case paypal.OrderStatusCompleted:
			return true, nil
		case paypal.OrderStatusVoided:
			return false, domain.ErrPaymentFailed
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(retryx.QuickCheck): // want "\\[pollinterval\\] payment status polled every 500ms"
		}
	}
	return false, nil
}

// Refund returns a PayPal pledge whose campaign failed. Timeouts are
// retried: PayPal's refund endpoint is slow at month end.
func (c *Client) Refund(ctx context.Context, p *domain.Pledge) (*paypal.RefundResponse, error) {
	req := paypal.RefundCaptureRequest{
		Amount:    &paypal.Money{Currency: p.Currency, Value: amount(p).Value},
		InvoiceID: "pledge-" + p.ID,
	}
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		r, err := c.pp.RefundCapture(ctx, p.CaptureRef, req) // want "\\[idempotency\\] paypal Client.RefundCapture is retried by a for loop \\(line 144\\) without an idempotency key"
		if err == nil {
			return r, nil
		}
		var ne net.Error
		if !errors.As(err, &ne) || !ne.Timeout() {
			return nil, err
		}
		lastErr = err
		time.Sleep(time.Duration(attempt*attempt) * 2 * time.Second)
	}
	return nil, fmt.Errorf("refund pledge %s: %w", p.ID, lastErr)
}
