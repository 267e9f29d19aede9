// Package wallet funds an organisation's payables wallet by card.
package wallet

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Service struct {
	db *sql.DB
}

func NewService(db *sql.DB) *Service { return &Service{db: db} }

// Topup is one card funding of a wallet.
type Topup struct {
	ID       string
	OrgID    string
	Amount   int64
	Currency string
	Customer string
	Card     string
}

// ChargeSavedCard funds the wallet from the card on file (auto top-up when
// the balance drops under the threshold).
func (s *Service) ChargeSavedCard(ctx context.Context, t Topup) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(t.Amount),
		Currency:      stripe.String(t.Currency),
		Customer:      stripe.String(t.Customer),
		PaymentMethod: stripe.String(t.Card),
		Confirm:       stripe.Bool(true),
	}
	params.AddMetadata("topup_id", t.ID)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop"
		if err == nil {
			return pi, nil
		}
		lastErr = err
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want "\\[retrystatus\\] stripe paymentintent.New is retried by a for loop"
			return nil, err
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, lastErr
}

// ChargeForInvoice funds the wallet for one large bill; the key is the
// top-up id so a retry never charges twice.
func (s *Service) ChargeForInvoice(ctx context.Context, t Topup) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(t.Amount),
		Currency:      stripe.String(t.Currency),
		Customer:      stripe.String(t.Customer),
		PaymentMethod: stripe.String(t.Card),
		Confirm:       stripe.Bool(true),
	}
	params.SetIdempotencyKey("topup-" + t.ID)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, nil
		}
		lastErr = err
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 {
			return nil, err
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, lastErr
}
