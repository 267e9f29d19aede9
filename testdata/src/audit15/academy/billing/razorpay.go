// Package billing collects course and plan payments from learners.
package billing

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	razorpay "github.com/razorpay/razorpay-go"

	"audit15/academy/domain"
	"audit15/academy/kit"
	"audit15/academy/store"
)

// Razorpay collects from Indian learners.
type Razorpay struct {
	rzp    *razorpay.Client
	orders *store.Orders
	log    *slog.Logger
}

func NewRazorpay(rzp *razorpay.Client, orders *store.Orders, log *slog.Logger) *Razorpay {
	return &Razorpay{rzp: rzp, orders: orders, log: log}
}

// StartCheckout opens a Razorpay order for the checkout widget.
func (r *Razorpay) StartCheckout(ctx context.Context, o domain.Order) (string, error) {
	ro, err := r.rzp.Order.Create(map[string]interface{}{
		"amount":   o.AmountMinor,
		"currency": "INR",
		"receipt":  o.ID,
		"notes":    map[string]string{"course_id": o.CourseID},
	}, nil)
	if err != nil {
		return "", fmt.Errorf("razorpay order: %w", err)
	}
	id, _ := ro["id"].(string)
	return id, r.orders.SetProviderRef(ctx, o.ID, id)
}

// PaymentStatus reads a payment's state from Razorpay.
func (r *Razorpay) PaymentStatus(ctx context.Context, paymentID string) (string, error) {
	p, err := r.rzp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", err
	}
	s, _ := p["status"].(string)
	return s, nil
}

// CapturedOrder reports the Razorpay order a payment belongs to, and
// whether Razorpay has captured it.
func (r *Razorpay) CapturedOrder(ctx context.Context, paymentID string) (string, bool, error) {
	p, err := r.rzp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", false, err
	}
	orderID, _ := p["order_id"].(string)
	return orderID, p["status"] == "captured", nil
}

// CaptureAndWait captures an authorized payment of a bundle purchase and
// waits until Razorpay reports it captured.
func (r *Razorpay) CaptureAndWait(ctx context.Context, paymentID string, amountMinor int) error {
	if _, err := r.rzp.Payment.Capture(paymentID, amountMinor, map[string]interface{}{"currency": "INR"}, nil); err != nil {
		return fmt.Errorf("razorpay capture %s: %w", paymentID, err)
	}
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
		p, err := r.rzp.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			r.log.Warn("razorpay fetch", "payment", paymentID, "err", err)
			continue
		}
		if p["status"] == "captured" {
			return nil
		}
	}
}

// RefundDropped refunds learners who dropped a course in the refund window.
func (r *Razorpay) RefundDropped(ctx context.Context) error {
	dropped, err := r.orders.Dropped(ctx, domain.RegionIN)
	if err != nil {
		return err
	}
	for _, o := range dropped {
		err := kit.Retry(ctx, 4, 2*time.Second, func(ctx context.Context) error {
			_, err := r.rzp.Payment.Refund(o.ProviderRef, int(o.AmountMinor), map[string]interface{}{ // want "\\[idempotency\\] razorpay Payment.Refund is retried by kit.Retry \\(line 95\\) without an idempotency key"
				"notes": map[string]string{"reason": "course dropped", "order_id": o.ID},
			}, nil)
			if err != nil && strings.Contains(err.Error(), "BAD_REQUEST_ERROR") {
				return kit.Permanent{Err: err}
			}
			return err
		})
		if err != nil {
			r.log.Error("refund dropped course", "order", o.ID, "err", err)
			continue
		}
		if err := r.orders.MarkRefunded(ctx, o.ID); err != nil {
			return err
		}
	}
	return nil
}
