// Package payments wraps the payment providers used by the marketplace.
package payments

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	"github.com/razorpay/razorpay-go/utils"

	"audit17/tutoring/domain"
	"audit17/tutoring/retryx"
)

// ErrNotPaid is returned when the provider does not report the payment as paid.
var ErrNotPaid = errors.New("payment not captured")

// Razorpay handles Indian students' checkouts, payment links and refunds.
type Razorpay struct {
	rp     *razorpay.Client
	keyID  string
	secret string
	hc     *http.Client
}

// NewRazorpay returns the Razorpay service.
func NewRazorpay(keyID, secret string) *Razorpay {
	return &Razorpay{rp: razorpay.NewClient(keyID, secret), keyID: keyID, secret: secret, hc: &http.Client{Timeout: 15 * time.Second}}
}

// CreateOrder opens a Razorpay order for a booking.
func (s *Razorpay) CreateOrder(ctx context.Context, b *domain.Booking) (string, error) {
	order, err := s.rp.Order.Create(map[string]interface{}{
		"amount":   b.AmountMinor,
		"currency": "INR",
		"receipt":  fmt.Sprintf("bk-%d", b.ID),
	}, nil)
	if err != nil {
		return "", err
	}
	id, _ := order["id"].(string)
	return id, nil
}

// CreatePaymentLink creates a hosted payment link for a credit pack.
func (s *Razorpay) CreatePaymentLink(ctx context.Context, b *domain.Booking, callbackURL string) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"amount":          b.AmountMinor,
		"currency":        "INR",
		"reference_id":    fmt.Sprintf("pack-%d", b.ID),
		"callback_url":    callbackURL,
		"callback_method": "get",
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.razorpay.com/v1/payment_links", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(s.keyID, s.secret)
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("payment link: %d", resp.StatusCode)
	}
	var out struct {
		ShortURL string `json:"short_url"`
	}
	return out.ShortURL, json.NewDecoder(resp.Body).Decode(&out)
}

// VerifyCheckout checks the checkout signature and that the payment is
// captured, and returns the order id it belongs to.
func (s *Razorpay) VerifyCheckout(orderID, paymentID, signature string) error {
	ok := utils.VerifyPaymentSignature(map[string]interface{}{
		"razorpay_order_id":   orderID,
		"razorpay_payment_id": paymentID,
	}, signature, s.secret)
	if !ok {
		return errors.New("bad checkout signature")
	}
	p, err := s.rp.Payment.Fetch(paymentID, nil, nil)
	if err != nil {
		return err
	}
	if p["status"] != "captured" || p["order_id"] != orderID {
		return ErrNotPaid
	}
	return nil
}

// VerifyWebhook checks the X-Razorpay-Signature of a webhook body.
func (s *Razorpay) VerifyWebhook(body []byte, signature, secret string) error {
	if !utils.VerifyWebhookSignature(string(body), signature, secret) {
		return errors.New("razorpay: bad webhook signature")
	}
	return nil
}

// RefundLesson refunds a cancelled lesson's payment.
func (s *Razorpay) RefundLesson(ctx context.Context, paymentID string, amount int64) (string, error) {
	return retryx.Do(ctx, 3, 2*time.Second, func(ctx context.Context) (string, error) { // audit: reported at payments/razorpay.go:114 (retrystatus, at the error test): retryx.Do (in-house helper) retries every razorpay-go error, including 4xx that will fail the same way again (KeyStone: retry only 408/429/5xx)
		rf, err := s.rp.Payment.Refund(paymentID, int(amount), map[string]interface{}{ // want "\\[idempotency\\] razorpay Payment.Refund is retried by retryx.Do .* without an idempotency key"
			"speed": "normal",
			"notes": map[string]string{"reason": "lesson cancelled"},
		}, nil)
		if err != nil { // want `\[retrystatus\] razorpay Payment.Refund is retried by retryx.Do \(line 109\): every non-2xx status is retried, including 400/404/409/422`
			return "", err
		}
		id, _ := rf["id"].(string)
		return id, nil
	})
}
