// Package razorpayx wraps razorpay-go for consultation and prescription
// payments in India.
package razorpayx

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	razorpay "github.com/razorpay/razorpay-go"

	"audit10/pharmacy/domain"
)

// Payment states Razorpay reports.
const (
	StatusCreated    = "created"
	StatusAuthorized = "authorized"
	StatusCaptured   = "captured"
	StatusFailed     = "failed"
	StatusRefunded   = "refunded"
)

// ErrPaymentFailed is returned when Razorpay reports the payment failed.
var ErrPaymentFailed = errors.New("razorpay: payment failed")

// Client is the pharmacy's Razorpay client.
type Client struct {
	rz     *razorpay.Client
	logger *log.Logger
}

// Option configures a Client.
type Option func(*Client)

// WithLogger sets the logger.
func WithLogger(l *log.Logger) Option { return func(c *Client) { c.logger = l } }

// New returns a Client.
func New(key, secret string, opts ...Option) *Client {
	c := &Client{rz: razorpay.NewClient(key, secret), logger: log.Default()}
	for _, o := range opts {
		o(c)
	}
	return c
}

// CreateConsultationOrder opens the Razorpay order the booking widget pays.
func (c *Client) CreateConsultationOrder(ctx context.Context, cons *domain.Consultation) (string, error) {
	order, err := c.rz.Order.Create(map[string]interface{}{
		"amount":   cons.AmountMinor,
		"currency": cons.Currency,
		"receipt":  "consult_" + cons.ID,
		"notes":    map[string]interface{}{"consultation_id": cons.ID},
	}, nil)
	if err != nil {
		return "", fmt.Errorf("razorpay order: %w", err)
	}
	id, _ := order["id"].(string)
	return id, nil
}

// PaymentStatus reads a payment's status.
func (c *Client) PaymentStatus(ctx context.Context, paymentID string) (string, error) {
	p, err := c.rz.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return "", err
	}
	st, _ := p["status"].(string)
	return st, nil
}

// WaitForCapture waits until an authorized payment is captured (the
// account auto-captures) so the booking can be confirmed.
func (c *Client) WaitForCapture(ctx context.Context, paymentID string) error {
	for i := 0; i < 40; i++ {
		p, err := c.rz.Payment.Fetch(paymentID, nil, nil)
		if err != nil {
			return err
		}
		switch p["status"] {
		case StatusCaptured:
			return nil
		case StatusFailed:
			return ErrPaymentFailed
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
	return fmt.Errorf("razorpay: payment %s not captured yet", paymentID)
}

// RefundConsultation refunds a cancelled consultation in full.
func (c *Client) RefundConsultation(ctx context.Context, paymentID string, amountMinor int64) (string, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		rf, err := c.rz.Payment.Refund(paymentID, int(amountMinor), map[string]interface{}{ // want "\\[idempotency\\] razorpay Payment.Refund is retried by a for loop \\(line 97\\) without an idempotency key"
			"speed": "normal",
			"notes": map[string]interface{}{"reason": "consultation_cancelled"},
		}, nil)
		if err == nil {
			id, _ := rf["id"].(string)
			return id, nil
		}
		lastErr = err
		c.logger.Printf("razorpay refund %s attempt %d: %v", paymentID, attempt, err)
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return "", lastErr
}
