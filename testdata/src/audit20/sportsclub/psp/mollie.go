package psp

import (
	"context"
	"fmt"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"

	"audit20/sportsclub/domain"
)

// Mollie takes iDEAL and Bancontact payments for EU court bookings.
type Mollie struct {
	c         *client.Client
	publicURL string
}

// NewMollie builds the client.
func NewMollie(apiKey, publicURL string, testmode bool) *Mollie {
	return &Mollie{
		c:         client.New(client.WithSecurity(components.Security{APIKey: client.String(apiKey)}), client.WithTestmode(testmode)),
		publicURL: publicURL,
	}
}

// StartBooking creates the payment for a held booking. The booking's
// reference is the idempotency key: a double-click gets the same payment.
func (m *Mollie) StartBooking(ctx context.Context, b domain.Booking) (string, error) {
	key := "booking-" + b.Ref
	res, err := m.c.Payments.Create(ctx, nil, &key, &components.PaymentRequest{
		Description: fmt.Sprintf("Court booking %s", b.Ref),
		Amount:      components.Amount{Currency: b.Currency, Value: money(b.PriceCents)},
		RedirectURL: client.String(fmt.Sprintf("%s/bookings/%d/return", m.publicURL, b.ID)),
	})
	if err != nil {
		return "", err
	}
	return res.PaymentResponse.ID, nil
}

// StartWalkIn creates a payment for a walk-in at the desk (QR on screen).
func (m *Mollie) StartWalkIn(ctx context.Context, ref string, cents int64, currency string) (string, error) {
	key := "walkin-" + ref
	res, err := m.c.Payments.Create(ctx, nil, &key, &components.PaymentRequest{
		Description: "Walk-in " + ref,
		Amount:      components.Amount{Currency: currency, Value: money(cents)},
		RedirectURL: client.String(m.publicURL + "/desk/thanks"),
	})
	if err != nil {
		return "", err
	}
	return res.PaymentResponse.ID, nil
}

// Status reads a payment's status.
func (m *Mollie) Status(ctx context.Context, id string) (components.PaymentResponseStatus, error) {
	res, err := m.c.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil {
		return "", err
	}
	return res.PaymentResponse.Status, nil
}

// Refund sends money back for a payment.
func (m *Mollie) Refund(ctx context.Context, paymentID string, cents int64, currency, why string) error {
	_, err := m.c.Refunds.Create(ctx, paymentID, nil, &components.RefundRequest{
		Description: why,
		Amount:      components.Amount{Currency: currency, Value: money(cents)},
	})
	return err
}

func money(cents int64) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }
