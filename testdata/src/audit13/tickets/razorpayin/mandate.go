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
		p, err := c.rz.Payment.CreateRecurringPayment(data, nil) // want "\\[idempotency\\] razorpay Payment.CreateRecurringPayment is made again on every pass of the loop \\(line 45\\) after razorpayin.Client.WaitCaptured \\(line 51\\) gives up while the payment may still be pending, without an idempotency key" "\\[pollcreate\\] payment razorpay Payment.CreateRecurringPayment made again on every pass of the loop \\(line 45\\) after razorpayin.Client.WaitCaptured \\(line 51\\) stops waiting while the payment may still be pending"
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
