// Package molliepay takes parking and permit payments through Mollie.
package molliepay

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"

	"audit12/parking/domain"
)

// ErrPaymentFailed is returned when Mollie reports a payment failed,
// canceled or expired.
var ErrPaymentFailed = errors.New("mollie: payment failed")

// ErrKioskTimeout is returned when nobody paid at the kiosk.
var ErrKioskTimeout = errors.New("mollie: kiosk payment timed out")

// Client wraps the Mollie SDK.
type Client struct {
	api          *client.Client
	redirectBase string
	webhookBase  string
}

// New returns a Mollie client.
func New(apiKey, redirectBase, webhookBase string) *Client {
	api := client.New(client.WithSecurity(components.Security{APIKey: client.String(apiKey)}))
	return &Client{api: api, redirectBase: redirectBase, webhookBase: webhookBase}
}

func amount(cents int64, currency string) components.Amount {
	return components.Amount{Currency: currency, Value: strconv.FormatFloat(float64(cents)/100, 'f', 2, 64)}
}

// CreateSessionPayment creates a Mollie payment for a parking session; the
// driver is sent back to the session's return page.
func (c *Client) CreateSessionPayment(ctx context.Context, s *domain.Session, idempotencyKey string) (*components.PaymentResponse, error) {
	redirect := fmt.Sprintf("%s/parking/sessions/%s/return", c.redirectBase, s.ID)
	resp, err := c.api.Payments.Create(ctx, nil, &idempotencyKey, &components.PaymentRequest{
		Description: "Parking " + s.Plate + " zone " + s.ZoneID,
		Amount:      amount(s.AmountCents, s.Currency),
		RedirectURL: &redirect,
	})
	if err != nil {
		return nil, err
	}
	return resp.PaymentResponse, nil
}

// Payment reads a payment from Mollie.
func (c *Client) Payment(ctx context.Context, id string) (*components.PaymentResponse, error) {
	resp, err := c.api.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil {
		return nil, err
	}
	return resp.PaymentResponse, nil
}

// awaitPaid waits for a kiosk payment. It answers (true, nil) once paid,
// ErrPaymentFailed once it failed, and (false, nil) when the QR code's time
// on screen is over.
func (c *Client) awaitPaid(ctx context.Context, id string) (bool, error) {
	for i := 0; i < kioskPolls; i++ {
		p, err := c.Payment(ctx, id)
		if err != nil {
			return false, err
		}
		switch p.Status {
		case components.PaymentResponseStatusPaid:
			return true, nil
		case components.PaymentResponseStatusFailed, components.PaymentResponseStatusCanceled,
			components.PaymentResponseStatusExpired:
			return false, ErrPaymentFailed
		}
		time.Sleep(kioskPollEvery) // want "\\[pollinterval\\] payment status polled every 1.5s"
	}
	return false, nil
}

// PayAtKiosk shows QR codes on a car park kiosk until the driver pays.
// show is called with each payment's checkout id.
func (c *Client) PayAtKiosk(ctx context.Context, s *domain.Session, show func(paymentID string)) (string, error) {
	for qr := 1; qr <= kioskQRCodes; qr++ {
		p, err := c.CreateSessionPayment(ctx, s, fmt.Sprintf("kiosk-%s-%d", s.ID, qr)) // want "\\[idempotency\\] molliepay.Client.CreateSessionPayment \\(mollie Payments.Create\\) is made again on every pass of the loop \\(line 91\\) after molliepay.Client.awaitPaid" "\\[pollcreate\\] payment molliepay.Client.CreateSessionPayment \\(mollie Payments.Create\\) made again on every pass of the loop \\(line 91\\) after molliepay.Client.awaitPaid"
		if err != nil {
			return "", err
		}
		show(p.ID)
		paid, err := c.awaitPaid(ctx, p.ID)
		if err != nil {
			return "", err
		}
		if paid {
			return p.ID, nil
		}
	}
	return "", ErrKioskTimeout
}

// RefundDuplicate refunds a session that was paid twice.
func (c *Client) RefundDuplicate(ctx context.Context, paymentID, sessionID string, cents int64, currency string) error {
	key := "dup-refund-" + sessionID
	req := &components.RefundRequest{Description: "Duplicate parking session " + sessionID, Amount: amount(cents, currency)}
	for attempt := 0; attempt < 4; attempt++ {
		_, err := c.api.Refunds.Create(ctx, paymentID, &key, req)
		if err == nil {
			return nil
		}
		var ne net.Error
		if !errors.As(err, &ne) {
			return err
		}
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return fmt.Errorf("mollie refund %s: retries exhausted", sessionID)
}
