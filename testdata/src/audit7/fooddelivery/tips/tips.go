// Package tips handles tips a customer adds after delivery, charged on
// the card saved with Razorpay, and refunds of cancelled orders.
package tips

import (
	"errors"
	"fmt"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
)

type Tipper struct {
	rzp *razorpay.Client
}

func NewTipper(key, secret string) *Tipper { return &Tipper{rzp: razorpay.NewClient(key, secret)} }

// CaptureTip captures the authorised tip payment.
func (t *Tipper) CaptureTip(paymentID string, paise int) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = t.rzp.Payment.Capture(paymentID, paise, map[string]interface{}{"currency": "INR"}, nil) // want "\\[idempotency\\] razorpay Payment.Capture is retried by a for loop \\(line 22\\)"
		if err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return fmt.Errorf("capture tip %s: %w", paymentID, err)
}

var ErrAlreadyRefunded = errors.New("tips: already refunded")

// RefundCancelled refunds a cancelled order; before each retry it reads the
// payment back, since Razorpay refunds take no idempotency key.
func (t *Tipper) RefundCancelled(paymentID string, paise int) error {
	wait := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		p, err := t.rzp.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			time.Sleep(wait)
			wait *= 2
			continue
		}
		if p["status"] == "refunded" || p["amount_refunded"] == float64(paise) {
			return ErrAlreadyRefunded
		}
		if _, err = t.rzp.Payment.Refund(paymentID, paise, map[string]interface{}{"speed": "optimum"}, nil); err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("refund %s: gave up", paymentID)
}
