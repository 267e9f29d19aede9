// Package razorrefund refunds and captures Razorpay payments for the support desk.
package razorrefund

import (
	"context"
	"errors"
	"log"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

// Desk is used by the support tooling.
type Desk struct {
	rp *razorpay.Client
}

// NewDesk builds the Razorpay client from the key pair.
func NewDesk(keyID, secret string) *Desk {
	return &Desk{rp: razorpay.NewClient(keyID, secret)}
}

// RefundUntilDone keeps trying until Razorpay accepts the refund.
func (d *Desk) RefundUntilDone(paymentID string, amountPaise int) map[string]interface{} {
	for {
		res, err := d.rp.Payment.Refund(paymentID, amountPaise, map[string]interface{}{"speed": "normal"}, nil) // want "\\[idempotency\\] razorpay Payment.Refund is retried by a for loop .line 25. without an idempotency key" "\\[retrybackoff\\] razorpay Payment.Refund is retried by a for loop .line 25. with no attempt cap and no deadline"
		if err == nil {
			return res
		}
		log.Printf("refund %s failed, retrying: %v", paymentID, err)
		time.Sleep(5 * time.Second)
	}
}

// CaptureChecked captures, and before every replay looks at the payment first.
func (d *Desk) CaptureChecked(ctx context.Context, paymentID string, amountPaise int) error {
	wait := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			p, err := d.rp.Payment.Fetch(paymentID, nil, nil)
			if err == nil && p["status"] == "captured" {
				return nil
			}
		}
		_, err := d.rp.Payment.Capture(paymentID, amountPaise, map[string]interface{}{"currency": "INR"}, nil)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return errors.New("capture: retries exhausted")
}
