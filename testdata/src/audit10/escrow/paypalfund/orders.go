// Package paypalfund funds milestones with PayPal Orders and pays
// freelancers with PayPal Payouts.
package paypalfund

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/plutov/paypal/v4"

	"audit10/escrow/domain"
)

// ErrOrderVoided is returned when the client abandoned the PayPal order.
var ErrOrderVoided = errors.New("paypalfund: order voided")

// Orders funds milestones through PayPal checkout.
type Orders struct {
	pp         *paypal.Client
	brand      string
	staleAfter time.Duration
	log        *slog.Logger
}

// NewOrders wraps an authenticated PayPal client.
func NewOrders(pp *paypal.Client, brand string, log *slog.Logger) *Orders {
	return &Orders{pp: pp, brand: brand, staleAfter: 30 * time.Minute, log: log}
}

func amount(m domain.Milestone) *paypal.PurchaseUnitAmount {
	return &paypal.PurchaseUnitAmount{
		Currency: m.Currency,
		Value:    fmt.Sprintf("%d.%02d", m.AmountCents/100, m.AmountCents%100),
	}
}

func units(m domain.Milestone) []paypal.PurchaseUnitRequest {
	return []paypal.PurchaseUnitRequest{{ReferenceID: m.ID, Amount: amount(m)}}
}

// CreateFundingOrder opens the PayPal order the client approves.
func (o *Orders) CreateFundingOrder(ctx context.Context, m domain.Milestone) (*paypal.Order, error) {
	return o.pp.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture, units(m), nil,
		&paypal.ApplicationContext{BrandName: o.brand}, "fund-"+m.ID)
}

// Capture captures an approved order.
func (o *Orders) Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	requestID := "capture-" + orderID
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		res, err := o.pp.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, requestID, nil)
		if err == nil {
			return res, nil
		}
		var ne net.Error
		if !errors.As(err, &ne) {
			return nil, err
		}
		lastErr = err
		o.log.Warn("paypal capture failed", "order", orderID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, lastErr
}

// AwaitApproval follows the order the client was sent to until it is
// approved. Checkout links expire on PayPal's side, so an order that has
// waited too long is replaced by a fresh one and the new link is mailed.
func (o *Orders) AwaitApproval(ctx context.Context, m domain.Milestone, onNewLink func(orderID string)) (*paypal.Order, error) {
	orderID := m.PayPalOrderID
	opened := time.Now()
	for {
		ord, err := o.pp.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch ord.Status {
		case paypal.OrderStatusApproved, paypal.OrderStatusCompleted:
			return ord, nil
		case paypal.OrderStatusVoided:
			return ord, ErrOrderVoided
		}
		if time.Since(opened) > o.staleAfter {
			fresh, err := o.pp.CreateOrder(ctx, paypal.OrderIntentCapture, units(m), nil, // want "\\[pollcreate\\] new payment created inside the loop that polls payment orderID"
				&paypal.ApplicationContext{BrandName: o.brand})
			if err != nil {
				return nil, err
			}
			orderID, opened = fresh.ID, time.Now()
			onNewLink(fresh.ID)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}
