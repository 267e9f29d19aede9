// Package stripeadapter implements domain.CardGateway on stripe-go.
package stripeadapter

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"

	"audit6/donations/give/domain"
)

const maxAttempts = 3

// Adapter talks to Stripe.
type Adapter struct {
	statementDescriptor string
}

// New builds the adapter; the API key is global in stripe-go.
func New(apiKey string) *Adapter {
	stripe.Key = apiKey
	return &Adapter{statementDescriptor: "HELPING HANDS"}
}

// Charge creates and confirms the donation's payment intent. Transient
// network errors are retried with a growing pause.
func (a *Adapter) Charge(ctx context.Context, d domain.Donation, paymentMethod string) (string, error) {
	var lastErr error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		params := &stripe.PaymentIntentParams{
			Amount:        stripe.Int64(d.AmountPence),
			Currency:      stripe.String(d.Currency),
			PaymentMethod: stripe.String(paymentMethod),
			Confirm:       stripe.Bool(true),
			Description:   stripe.String("Donation " + d.ID),
		}
		params.SetIdempotencyKey(uuid.NewString())
		pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop \\(line 35\\) with an idempotency key made anew on every attempt"
		if err == nil {
			return pi.ID, nil
		}
		lastErr = err
		log.Printf("donation %s: charge attempt %d failed: %v", d.ID, attempt, err)
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return "", fmt.Errorf("charge donation %s: %w", d.ID, lastErr)
}

// Refund refunds a donation; the key is derived from the donation so a
// retried refund is the same refund.
func (a *Adapter) Refund(ctx context.Context, donationID, intentID string) error {
	var err error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		params := &stripe.RefundParams{PaymentIntent: stripe.String(intentID)}
		params.SetIdempotencyKey("donation-refund-" + donationID)
		if _, err = refund.New(params); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt*2) * time.Second)
	}
	return err
}

// IntentStatus reads the payment intent back from Stripe.
func (a *Adapter) IntentStatus(ctx context.Context, intentID string) (string, error) {
	pi, err := paymentintent.Get(intentID, nil)
	if err != nil {
		return "", err
	}
	return string(pi.Status), nil
}
