package shop

import (
	"context"
	"fmt"
	"time"

	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"
)

// Boxes renews Korean subscription boxes with Toss billing keys.
type Boxes struct {
	Orders *store.Orders
	Toss   *toss.Client
}

// billingOrder builds the order id and the request for one renewal.
func billingOrder(sub *store.Subscription) (string, toss.BillingRequest) {
	orderID := fmt.Sprintf("BOX%d-%d", sub.ID, time.Now().UnixMilli())
	return orderID, toss.BillingRequest{
		CustomerKey: fmt.Sprintf("cust-%d", sub.CustomerID),
		Amount:      sub.Amount,
		OrderID:     orderID,
		OrderName:   "K-Beauty " + sub.Plan + " box",
	}
}

// Renew charges next month's box. It is run by the box:renew task.
func (b *Boxes) Renew(ctx context.Context, subID uint) error {
	sub, err := b.Orders.Subscription(ctx, subID)
	if err != nil {
		return err
	}
	if sub.PeriodEnd.After(time.Now().Add(48 * time.Hour)) {
		return nil // renewed already
	}
	orderID, req := billingOrder(sub)
	p, err := b.Toss.ChargeBilling(ctx, sub.BillingKey, req, orderID) // audit: missed idempotency: the key is the order id billingOrder makes from time.Now on every run, and box:renew is an asynq task retried on error; a charge whose answer was lost is charged again
	if err != nil {
		return err
	}
	if p.Status != toss.StatusDone {
		return fmt.Errorf("box %d: billing status %s", subID, p.Status)
	}
	return b.Orders.ExtendSubscription(ctx, subID)
}
