package checkout

import (
	"context"
	"fmt"
	"time"

	"audit24/pharmacy24/platform"
	"audit24/pharmacy24/store"
)

// StartRazorpay creates the Razorpay order the checkout page opens.
func (s *Service) StartRazorpay(ctx context.Context, o *store.Order) (string, error) {
	res, err := s.rzp.Order.Create(map[string]interface{}{
		"amount":          o.AmountMinor,
		"currency":        o.Currency,
		"receipt":         o.ID,
		"payment_capture": 0,
		"notes":           map[string]string{"prescription": o.PrescriptionID},
	}, nil)
	if err != nil {
		return "", err
	}
	id, _ := res["id"].(string)
	return id, s.orders.SetProviderRef(ctx, o.ID, "razorpay", id)
}

// Capture captures an authorized payment once the pharmacist approved the
// prescription.
func (s *Service) Capture(ctx context.Context, o *store.Order, paymentID string) error {
	return platform.Do(ctx, 4, time.Second, func(ctx context.Context) error {
		_, err := s.rzp.Payment.Capture(paymentID, int(o.AmountMinor), map[string]interface{}{"currency": o.Currency}, nil) // want "\\[idempotency\\] razorpay Payment\\.Capture is retried by platform\\.Do \\(line 31\\) without an"
		return err
	})
}

// AwaitCaptured waits for a captured payment after the checkout widget closed.
func (s *Service) AwaitCaptured(ctx context.Context, paymentID string) (string, error) {
	for i := 0; i < 40; i++ {
		p, err := s.rzp.Payment.Fetch(paymentID, nil, nil)
		if err == nil {
			switch p["status"] {
			case "captured":
				return "captured", nil
			case "failed":
				return "failed", ErrDeclined
			}
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms: the provider's limit is one poll per"
	}
	return "", fmt.Errorf("checkout: payment %s still pending", paymentID)
}
