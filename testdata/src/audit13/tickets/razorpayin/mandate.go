package razorpayin

import (
	"context"
	"errors"
	"time"

	"audit13/tickets/domain"
)

// WaitCaptured polls a payment until Razorpay captures or fails it. It
// answers false when the payment is still pending after maxPolls reads.
func (c *Client) WaitCaptured(ctx context.Context, paymentID string) (bool, error) {
	for i := 0; i < maxPolls; i++ {
		p, err := c.rz.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			return false, err
		}
		switch p["status"] {
		case "captured":
			return true, nil
		case "failed":
			return false, ErrPaymentFailed
		}
		time.Sleep(pollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return false, nil
}

// ErrNotCollected is returned when an instalment could not be collected.
var ErrNotCollected = errors.New("razorpay: instalment not collected")

// ChargeInstalment collects one instalment of a season-ticket plan from the
// buyer's UPI AutoPay mandate.
func (c *Client) ChargeInstalment(ctx context.Context, o domain.Order, customerID, tokenID string) (string, error) {
	data := map[string]interface{}{
		"email":       o.BuyerEmail,
		"amount":      o.AmountMinor,
		"currency":    o.Currency,
		"customer_id": customerID,
		"token":       tokenID,
		"recurring":   "1",
		"description": "Season ticket instalment " + o.Ref,
	}
	for attempt := 0; attempt < 3; attempt++ {
		p, err := c.rz.Payment.CreateRecurringPayment(data, nil) // audit: missed pollcreate: a new recurring payment on each pass after WaitCaptured returns (false, nil) at its bound while the last one is still pending (Hilt: keep one payment_id; no second payment while one is live). audit: missed idempotency: the same replay after the waiter gives up, with no key (Tally: never retry a write without an idempotency_key)
		if err != nil {
			return "", err
		}
		id, _ := p["razorpay_payment_id"].(string)
		ok, err := c.WaitCaptured(ctx, id)
		if err != nil {
			return id, err
		}
		if ok {
			return id, nil
		}
		c.log.Info("instalment not captured yet", "order", o.Ref, "payment", id)
	}
	return "", ErrNotCollected
}
