// Package payments wraps the consumer payment providers: PayPal orders,
// Checkout.com card payments and Apple Pay through Adyen.
package payments

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/plutov/paypal/v4"

	"audit19/giftcards/domain"
)

// PayPal creates and captures PayPal orders for gift-card purchases.
type PayPal struct {
	c         *paypal.Client
	returnURL string
}

// NewPayPal builds the PayPal wrapper.
func NewPayPal(c *paypal.Client, returnURL string) *PayPal {
	return &PayPal{c: c, returnURL: returnURL}
}

func isNetErr(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

// StartCheckout creates the PayPal order the buyer approves on PayPal.
func (p *PayPal) StartCheckout(ctx context.Context, o *domain.Order) (*paypal.Order, error) {
	requestID := "gc-order-" + o.ID
	units := []paypal.PurchaseUnitRequest{{
		ReferenceID: o.ID,
		Amount:      &paypal.PurchaseUnitAmount{Currency: o.Currency, Value: minorToString(o.AmountMinor)},
	}}
	return retry.DoWithData(func() (*paypal.Order, error) {
		return p.c.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units,
			&paypal.CreateOrderPayer{EmailAddress: o.Email},
			&paypal.ApplicationContext{BrandName: "GiftBox"}, requestID)
	}, retry.Attempts(3), retry.Context(ctx), retry.RetryIf(isNetErr))
}

// Capture captures an approved PayPal order.
func (p *PayPal) Capture(ctx context.Context, paypalOrderID, orderID string) (*paypal.CaptureOrderResponse, error) {
	reqID := "gc-capture-" + orderID
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		res, err := p.c.CaptureOrderWithPaypalRequestId(ctx, paypalOrderID, paypal.CaptureOrderRequest{}, reqID, nil) // want "\\[retrybackoff\\] paypal Client.CaptureOrderWithPaypalRequestId is retried by a for loop \\(line 52\\) every 300ms"
		if err == nil {
			return res, nil
		}
		lastErr = err
		time.Sleep(300 * time.Millisecond)
	}
	return nil, fmt.Errorf("paypal capture %s: %w", paypalOrderID, lastErr)
}

// Order reads a PayPal order.
func (p *PayPal) Order(ctx context.Context, paypalOrderID string) (*paypal.Order, error) {
	return p.c.GetOrder(ctx, paypalOrderID)
}

// WaitSettled follows a PayPal order until PayPal reports it completed or voided.
func (p *PayPal) WaitSettled(ctx context.Context, paypalOrderID string) (string, error) {
	for { // want "\\[pollbound\\] loop polling payment paypalOrderID has no bound"
		ord, err := p.c.GetOrder(ctx, paypalOrderID)
		if err != nil {
			time.Sleep(10 * time.Second)
			continue
		}
		switch ord.Status {
		case paypal.OrderStatusCompleted, paypal.OrderStatusVoided:
			return ord.Status, nil
		}
		time.Sleep(15 * time.Second)
	}
}

func minorToString(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }
