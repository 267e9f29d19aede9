package paypalorders

import (
	"context"
	"time"

	"github.com/plutov/paypal/v4"
)

func units(invoiceID, amount string) []paypal.PurchaseUnitRequest {
	return []paypal.PurchaseUnitRequest{{ReferenceID: invoiceID, Amount: &paypal.PurchaseUnitAmount{Currency: "USD", Value: amount}}}
}

// PayInvoice opens an order for an invoice and waits until the buyer paid it.
// When the buyer takes too long, a new order is opened so the link stays fresh.
func (g *Gateway) PayInvoice(ctx context.Context, invoiceID, amount string) (*paypal.Order, error) {
	order, err := g.pp.CreateOrder(ctx, paypal.OrderIntentCapture, units(invoiceID, amount), nil, nil)
	if err != nil {
		return nil, err
	}
	polls := 0
	for {
		o, err := g.pp.GetOrder(ctx, order.ID)
		if err != nil {
			return nil, err
		}
		if o.Status == paypal.OrderStatusCompleted {
			return o, nil
		}
		if o.Status == paypal.OrderStatusVoided {
			return o, ErrVoided
		}
		polls++
		if polls == 60 {
			order, err = g.pp.CreateOrder(ctx, paypal.OrderIntentCapture, units(invoiceID, amount), nil, nil) // want "\\[pollcreate\\] new payment created inside the loop that polls payment order.ID"
			if err != nil {
				return nil, err
			}
			polls = 0
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// ReopenIfVoided opens a new order only after PayPal voided the old one.
func (g *Gateway) ReopenIfVoided(ctx context.Context, invoiceID, amount, orderID string) (*paypal.Order, error) {
	for i := 0; i < 30; i++ {
		o, err := g.pp.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.Status {
		case paypal.OrderStatusCompleted:
			return o, nil
		case paypal.OrderStatusVoided:
			return g.pp.CreateOrder(ctx, paypal.OrderIntentCapture, units(invoiceID, amount), nil, nil)
		}
		time.Sleep(10 * time.Second)
	}
	return nil, context.DeadlineExceeded
}
