// Package rzp is our Razorpay integration for India: orders for card and
// UPI-intent checkout, refunds, and RazorpayX payouts to drivers.
package rzp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	rzperrors "github.com/razorpay/razorpay-go/errors"
)

// Gateway holds the Razorpay SDK client.
type Gateway struct {
	rp  *razorpay.Client
	log *slog.Logger
}

// NewGateway builds the SDK client.
func NewGateway(keyID, secret string, log *slog.Logger) *Gateway {
	return &Gateway{rp: razorpay.NewClient(keyID, secret), log: log}
}

// CreateOrder creates a Razorpay order for a trip fare or a tip, in paise.
// The receipt is our payment id.
func (g *Gateway) CreateOrder(paymentID string, paise int64, notes map[string]string) (string, error) {
	body := map[string]interface{}{
		"amount":   paise,
		"currency": "INR",
		"receipt":  paymentID,
		"notes":    notes,
	}
	o, err := g.rp.Order.Create(body, nil)
	if err != nil {
		return "", err
	}
	id, _ := o["id"].(string)
	return id, nil
}

// Payment fetches a payment.
func (g *Gateway) Payment(paymentID string) (map[string]interface{}, error) {
	return g.rp.Payment.Fetch(paymentID, nil, nil)
}

// OrderStatus answers "created", "attempted" or "paid".
func (g *Gateway) OrderStatus(orderID string) (string, error) {
	o, err := g.rp.Order.Fetch(orderID, nil, nil)
	if err != nil {
		return "", err
	}
	s, _ := o["status"].(string)
	return s, nil
}

// WaitPaid blocks the checkout screen until the order is paid.
func (g *Gateway) WaitPaid(orderID string) error {
	for { // want "\\[pollbound\\] loop polling payment orderID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		st, err := g.OrderStatus(orderID)
		if err != nil {
			g.log.Warn("razorpay order status", "order", orderID, "err", err)
			time.Sleep(3 * time.Second)
			continue
		}
		if st == "paid" {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// Refund refunds part or all of a captured payment. Razorpay's SDK takes
// no idempotency key for refunds.
func (g *Gateway) Refund(ctx context.Context, paymentID string, paise int, reason string) (string, error) {
	var lastErr error
	wait := time.Second
	for attempt := 1; attempt <= 3; attempt++ {
		r, err := g.rp.Payment.Refund(paymentID, paise, map[string]interface{}{"notes": map[string]string{"reason": reason}}, nil) // want "\\[idempotency\\] razorpay Payment\\.Refund is retried by a for loop \\(line 80\\) without an idempotency"
		if err == nil {
			id, _ := r["id"].(string)
			return id, nil
		}
		var bad *rzperrors.BadRequestError
		if errors.As(err, &bad) {
			return "", err
		}
		lastErr = err
		g.log.Warn("razorpay refund failed, retrying", "payment", paymentID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return "", fmt.Errorf("refund %s: %w", paymentID, lastErr)
}

// RefundOnce refunds what is still refundable on a payment. It reads the
// payment first, so running it again after a lost answer refunds nothing
// more.
func (g *Gateway) RefundOnce(paymentID string, paise int, reason string) (string, error) {
	p, err := g.rp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", err
	}
	refunded, _ := p["amount_refunded"].(float64)
	if int(refunded) >= paise {
		return "", nil
	}
	r, err := g.rp.Payment.Refund(paymentID, paise-int(refunded), map[string]interface{}{"notes": map[string]string{"reason": reason}}, nil)
	if err != nil {
		return "", err
	}
	id, _ := r["id"].(string)
	return id, nil
}
