package providers

import (
	"context"
	"fmt"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
)

// Mollie takes berth payments from Dutch and German sailors (iDEAL, SOFORT).
type Mollie struct {
	api     *mollie.Client
	siteURL string
	hookURL string
}

// NewMollie returns the Mollie client.
func NewMollie(api *mollie.Client, siteURL, hookURL string) *Mollie {
	return &Mollie{api: api, siteURL: siteURL, hookURL: hookURL}
}

// CreateBerthPayment creates a Mollie payment and returns its id and checkout URL.
func (m *Mollie) CreateBerthPayment(ctx context.Context, bookingID string, cents int64) (string, error) {
	_, p, err := m.api.Payments.Create(ctx, mollie.CreatePayment{
		Description: "Berth booking " + bookingID,
		RedirectURL: m.siteURL + "/mollie/return/" + bookingID,
		WebhookURL:  m.hookURL + "/" + bookingID,
		Amount:      &mollie.Amount{Currency: "EUR", Value: fmt.Sprintf("%d.%02d", cents/100, cents%100)},
	}, nil)
	if err != nil {
		return "", err
	}
	return p.ID, nil
}

// PaymentStatus reads a payment's status from Mollie.
func (m *Mollie) PaymentStatus(ctx context.Context, id string) (string, error) {
	_, p, err := m.api.Payments.Get(ctx, id, nil)
	if err != nil {
		return "", err
	}
	return p.Status, nil
}

// Refund refunds a Mollie berth payment (weather cancellations).
func (m *Mollie) Refund(ctx context.Context, paymentID string, cents int64) (string, error) {
	_, rf, err := m.api.Refunds.CreatePaymentRefund(ctx, paymentID, mollie.CreatePaymentRefund{
		Amount: &mollie.Amount{Currency: "EUR", Value: fmt.Sprintf("%d.%02d", cents/100, cents%100)},
	}, nil)
	if err != nil {
		return "", err
	}
	return rf.ID, nil
}
