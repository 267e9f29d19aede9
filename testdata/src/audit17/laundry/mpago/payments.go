package mpago

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// ErrRejected is returned when Mercado Pago rejects the payment.
var ErrRejected = errors.New("mercadopago: payment rejected")

// Payments wraps the SDK's payment client for the app's checkout screen.
type Payments struct {
	sdk payment.Client
}

// NewPayments returns Payments.
func NewPayments(sdk payment.Client) *Payments { return &Payments{sdk: sdk} }

// PixCheckout starts a Pix payment and waits while the customer pays it in
// their bank app; when the QR code expires a fresh one is issued.
func (p *Payments) PixCheckout(ctx context.Context, orderID string, amount float64) (*payment.Response, error) {
	req := payment.Request{
		ExternalReference: orderID,
		PaymentMethodID:   "pix",
		TransactionAmount: amount,
	}
	pay, err := p.sdk.Create(ctx, req)
	if err != nil {
		return nil, err
	}
	issued := time.Now()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(4 * time.Second):
		}
		cur, err := p.sdk.Get(ctx, pay.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case "approved":
			return cur, nil
		case "rejected", "cancelled":
			return nil, ErrRejected
		}
		if time.Since(issued) > 10*time.Minute {
			pay, err = p.sdk.Create(ctx, req) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pay.ID"
			if err != nil {
				return nil, err
			}
			issued = time.Now()
		}
	}
}

// WaitApproved is used by the app's "waiting for payment" screen for card
// payments in review.
func (p *Payments) WaitApproved(ctx context.Context, id int) (string, error) {
	for { // want "\\[pollbound\\] loop polling payment id has no bound"
		cur, err := p.sdk.Get(ctx, id)
		if err != nil {
			log.Printf("mercadopago get %d: %v", id, err)
			time.Sleep(3 * time.Second)
			continue
		}
		switch cur.Status {
		case "approved":
			return cur.ExternalReference, nil
		case "rejected", "cancelled", "refunded":
			return "", ErrRejected
		}
		time.Sleep(3 * time.Second)
	}
}

// ChargeOnce makes a single card payment for a walk-up order placed in the
// app; no retry, the app shows the error.
func (p *Payments) ChargeOnce(ctx context.Context, orderID, token string, amount float64) (*payment.Response, error) {
	return p.sdk.Create(ctx, payment.Request{
		ExternalReference: orderID,
		Token:             token,
		TransactionAmount: amount,
		Installments:      1,
	})
}

// Status reads a payment's state once.
func (p *Payments) Status(ctx context.Context, id int) (*payment.Response, error) {
	return p.sdk.Get(ctx, id)
}
