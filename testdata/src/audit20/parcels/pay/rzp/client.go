// Package rzp wraps Razorpay for India: orders and payment capture through
// razorpay-go, and COD remittances to sellers through RazorpayX payouts,
// which the SDK does not cover.
package rzp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	rzperrors "github.com/razorpay/razorpay-go/errors"
)

const xBaseURL = "https://api.razorpay.com/v1"

type Client struct {
	api     *razorpay.Client
	hc      *http.Client
	keyID   string
	secret  string
	account string
	log     *slog.Logger
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }
func WithLogger(l *slog.Logger) Option      { return func(c *Client) { c.log = l } }

func New(keyID, secret, xAccount string, opts ...Option) *Client {
	c := &Client{
		api:     razorpay.NewClient(keyID, secret),
		hc:      &http.Client{Timeout: 20 * time.Second},
		keyID:   keyID,
		secret:  secret,
		account: xAccount,
		log:     slog.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	c.api.AddHeaders(map[string]string{"X-Razorpay-Integration": "parcels"})
	return c
}

// Payment is the part of a Razorpay payment we use.
type Payment struct {
	ID      string
	OrderID string
	Status  string // created, authorized, captured, refunded, failed
	Amount  int64
	Method  string
}

// CreateOrder opens a Razorpay order for a label purchase; the seller pays
// it in Razorpay Checkout.
func (c *Client) CreateOrder(ctx context.Context, receipt string, amountPaise int64, notes map[string]string) (string, error) {
	data := map[string]interface{}{
		"amount":          amountPaise,
		"currency":        "INR",
		"receipt":         receipt,
		"payment_capture": 0,
		"notes":           notes,
	}
	out, err := c.api.Order.Create(data, nil)
	if err != nil {
		return "", fmt.Errorf("razorpay order: %w", err)
	}
	id, _ := out["id"].(string)
	return id, nil
}

// FetchPayment reads a payment. Razorpay's edge drops the odd request, so a
// failed read is tried again a few times.
func (c *Client) FetchPayment(ctx context.Context, paymentID string) (Payment, error) {
	var lastErr error
	for i := 0; i < 5; i++ {
		out, err := c.api.Payment.Fetch(paymentID, nil, nil) // want "\\[retrybackoff\\] razorpay Payment\\.Fetch is retried by a for loop \\(line 81\\) every 250ms, a"
		if err == nil {
			return toPayment(out), nil
		}
		var bad *rzperrors.BadRequestError
		if errors.As(err, &bad) {
			return Payment{}, fmt.Errorf("razorpay fetch %s: %w", paymentID, err)
		}
		lastErr = err
		time.Sleep(250 * time.Millisecond)
	}
	return Payment{}, fmt.Errorf("razorpay fetch %s: %w", paymentID, lastErr)
}

// Capture captures an authorized payment.
func (c *Client) Capture(ctx context.Context, paymentID string, amountPaise int64) error {
	_, err := c.api.Payment.Capture(paymentID, int(amountPaise), map[string]interface{}{"currency": "INR"}, nil)
	return err
}

// Refund refunds part or all of a captured payment.
func (c *Client) Refund(ctx context.Context, paymentID string, amountPaise int64, receipt string) (string, error) {
	out, err := c.api.Payment.Refund(paymentID, int(amountPaise), map[string]interface{}{"receipt": receipt}, nil)
	if err != nil {
		return "", err
	}
	id, _ := out["id"].(string)
	return id, nil
}

func toPayment(m map[string]interface{}) Payment {
	p := Payment{}
	p.ID, _ = m["id"].(string)
	p.OrderID, _ = m["order_id"].(string)
	p.Status, _ = m["status"].(string)
	p.Method, _ = m["method"].(string)
	if a, ok := m["amount"].(float64); ok {
		p.Amount = int64(a)
	}
	return p
}
