package molliepay

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
)

// Gateway wraps the Mollie client.
type Gateway struct {
	c       *mollie.Client
	siteURL string
}

// NewGateway builds a Gateway with idempotency keys off (payments are
// created once per checkout).
func NewGateway(siteURL string) (*Gateway, error) {
	c, err := mollie.NewClient(&http.Client{Timeout: 15 * time.Second}, mollie.NewAPIConfig(false))
	if err != nil {
		return nil, err
	}
	return &Gateway{c: c, siteURL: siteURL}, nil
}

// StartPayment creates an iDEAL/Bancontact payment and returns its id.
func (g *Gateway) StartPayment(ctx context.Context, orderID string, euros string) (string, error) {
	_, p, err := g.c.Payments.Create(ctx, mollie.CreatePayment{
		Description: "Wasserij order " + orderID,
		Amount:      &mollie.Amount{Currency: "EUR", Value: euros},
		RedirectURL: g.siteURL + ReturnPath + "?order=" + orderID,
		WebhookURL:  g.siteURL + WebhookPath,
	}, nil)
	if err != nil {
		return "", err
	}
	return p.ID, nil
}

// Payment reads a payment, riding out short network blips.
func (g *Gateway) Payment(ctx context.Context, id string) (*mollie.Payment, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		_, p, err := g.c.Payments.Get(ctx, id, nil) // want "\\[retrybackoff\\] mollie-go Payments.Get is retried by a for loop \\(line 46\\) with no wait between attempts"
		if err == nil {
			return p, nil
		}
		lastErr = err
	}
	return nil, fmt.Errorf("mollie get %s: %w", id, lastErr)
}

// ErrNotPaid is returned when the payment ended without being paid.
var ErrNotPaid = errors.New("mollie: payment not paid")

// WaitPaid keeps the app's checkout screen up to date until the payment
// is settled or the screen gives up.
func (g *Gateway) WaitPaid(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, pollFor)
	defer cancel()
	for {
		_, p, err := g.c.Payments.Get(ctx, id, nil)
		if err != nil {
			return err
		}
		switch p.Status {
		case "paid":
			return nil
		case "failed", "canceled", "expired":
			return ErrNotPaid
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pollEvery): // want "\\[pollinterval\\] payment status polled every 750ms"
		}
	}
}

// Refund refunds part of a payment once; the caller records it.
func (g *Gateway) Refund(ctx context.Context, paymentID, euros string) (string, error) {
	_, rf, err := g.c.Refunds.CreatePaymentRefund(ctx, paymentID, mollie.CreatePaymentRefund{
		Amount: &mollie.Amount{Currency: "EUR", Value: euros},
	}, nil)
	if err != nil {
		return "", err
	}
	return rf.ID, nil
}
