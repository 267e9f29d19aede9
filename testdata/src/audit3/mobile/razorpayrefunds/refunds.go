// Package razorpayrefunds refunds cancelled food orders paid by UPI or card
// through Razorpay, and receives Razorpay's webhooks.
package razorpayrefunds

import (
	"context"
	"fmt"
	"log"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

type Refunder struct {
	rz *razorpay.Client
}

func NewRefunder(keyID, keySecret string) *Refunder {
	return &Refunder{rz: razorpay.NewClient(keyID, keySecret)}
}

// RefundCancelled refunds a restaurant-cancelled order. Razorpay times out
// now and then, so try again.
func (r *Refunder) RefundCancelled(ctx context.Context, paymentID string, amountPaise int, orderID string) error {
	notes := map[string]interface{}{"notes": map[string]string{"order_id": orderID, "reason": "restaurant_cancelled"}}
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		if _, err = r.rz.Payment.Refund(paymentID, amountPaise, notes, nil); err == nil { // want "\\[idempotency\\] razorpay Payment.Refund is retried by a for loop"
			return nil
		}
		log.Printf("refund %s attempt %d: %v", paymentID, attempt, err)
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return fmt.Errorf("refund %s: %w", paymentID, err)
}

// RefundPartial refunds a missing item. Before any replay it reads the
// payment back and stops when the refund already went through.
func (r *Refunder) RefundPartial(ctx context.Context, paymentID string, amountPaise, alreadyRefunded int) error {
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		if attempt > 1 {
			p, ferr := r.rz.Payment.Fetch(paymentID, nil, nil)
			if ferr != nil {
				return ferr
			}
			if refunded, _ := p["amount_refunded"].(float64); int(refunded) >= alreadyRefunded+amountPaise {
				return nil
			}
		}
		if _, err = r.rz.Payment.Refund(paymentID, amountPaise, nil, nil); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return err
}
