// Package redirectpay starts Mollie bank-redirect payments for flight
// bookings and waits for the traveller to come back.
package redirectpay

import (
	"context"
	"fmt"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

type FlightBooking struct {
	ID        string
	PNR       string
	TotalEUR  string // "249.00"
	ReturnURL string
}

type Checkout struct {
	mollie *mollie.Client
	store  Store
}

// Store remembers which Mollie payment belongs to which booking.
type Store interface {
	SetPaymentID(ctx context.Context, bookingID, paymentID string) error
}

func NewCheckout(c *mollie.Client, s Store) *Checkout { return &Checkout{mollie: c, store: s} }

func (c *Checkout) create(ctx context.Context, b FlightBooking, attempt int) (*components.PaymentResponse, error) {
	key := fmt.Sprintf("flight-%s-%d", b.ID, attempt)
	res, err := c.mollie.Payments.Create(ctx, nil, &key, &components.PaymentRequest{
		Description: "Flight " + b.PNR,
		Amount:      components.Amount{Currency: "EUR", Value: b.TotalEUR},
		RedirectURL: &b.ReturnURL,
	})
	if err != nil {
		return nil, err
	}
	return res.PaymentResponse, c.store.SetPaymentID(ctx, b.ID, res.PaymentResponse.ID)
}

func (c *Checkout) status(ctx context.Context, id string) (components.PaymentResponseStatus, error) {
	res, err := c.mollie.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil {
		return "", err
	}
	return res.PaymentResponse.Status, nil
}
