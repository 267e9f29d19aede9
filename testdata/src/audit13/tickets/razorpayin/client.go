package razorpayin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	"github.com/razorpay/razorpay-go/utils"

	"audit13/tickets/domain"
)

// ErrPaymentFailed is returned when Razorpay reports a failed payment.
var ErrPaymentFailed = errors.New("razorpay: payment failed")

// Client wraps the Razorpay SDK.
type Client struct {
	rz     *razorpay.Client
	secret string
	log    *slog.Logger
}

// New builds a Client.
func New(cfg Config, log *slog.Logger) *Client {
	return &Client{rz: razorpay.NewClient(cfg.KeyID, cfg.KeySecret), secret: cfg.KeySecret, log: log}
}

// CreateOrder opens a Razorpay order for checkout.js and returns its id.
func (c *Client) CreateOrder(ctx context.Context, o domain.Order) (string, error) {
	res, err := c.rz.Order.Create(map[string]interface{}{
		"amount":   o.AmountMinor,
		"currency": o.Currency,
		"receipt":  o.Ref,
		"notes":    map[string]string{"order_ref": o.Ref},
	}, nil)
	if err != nil {
		return "", err
	}
	id, _ := res["id"].(string)
	return id, nil
}

// CheckoutSignature checks the signature checkout.js hands back with a
// completed payment.
func (c *Client) CheckoutSignature(orderID, paymentID, signature string) bool {
	return utils.VerifyPaymentSignature(map[string]interface{}{
		"razorpay_order_id":   orderID,
		"razorpay_payment_id": paymentID,
	}, signature, c.secret)
}

// temporary reports a network failure: the request may not have reached
// Razorpay, or its answer was lost.
func temporary(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

func (c *Client) fetchPayment(paymentID string) (map[string]interface{}, error) {
	var lastErr error
	for i := 0; i < 4; i++ {
		p, err := c.rz.Payment.Fetch(paymentID, nil, nil) // want "\\[retrybackoff\\] razorpay Payment.Fetch is retried by a for loop \\(line 65\\) every 100ms"
		if err == nil {
			return p, nil
		}
		lastErr = err
		if !temporary(err) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	return nil, fmt.Errorf("razorpay fetch %s: %w", paymentID, lastErr)
}

// Captured reports whether Razorpay has captured the payment.
func (c *Client) Captured(ctx context.Context, paymentID string) (bool, error) {
	p, err := c.fetchPayment(paymentID)
	if err != nil {
		return false, err
	}
	return p["status"] == "captured", nil
}

// Refund refunds a Razorpay payment in full.
func (c *Client) Refund(ctx context.Context, o domain.Order) error {
	notes := map[string]interface{}{"notes": map[string]string{"reason": "event cancelled", "order_ref": o.Ref}}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = c.rz.Payment.Refund(o.CaptureID, int(o.AmountMinor), notes, nil); err == nil { // want "\\[idempotency\\] razorpay Payment.Refund is retried by a for loop \\(line 92\\) without an idempotency key"
			return nil
		}
		if !temporary(err) {
			return err
		}
		c.log.Warn("razorpay refund", "order", o.Ref, "attempt", attempt, "err", err)
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return err
}
