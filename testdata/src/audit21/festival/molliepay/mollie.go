// Package molliepay takes iDEAL and Bancontact top-ups through Mollie.
package molliepay

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/cenkalti/backoff/v5"

	"audit21/festival/platform"
	"audit21/festival/store"
)

// Method is the payment method offered on the top-up page.
type Method string

const (
	IDEAL      Method = "ideal"
	Bancontact Method = "bancontact"
)

// Gateway is the Mollie side of a top-up.
type Gateway struct {
	mc         *mollie.Client
	redirect   string
	webhookURL string
	log        *slog.Logger
}

// NewGateway configures the Mollie client. The API key comes from
// MOLLIE_API_KEY, which the SDK reads itself.
func NewGateway(publicURL string, log *slog.Logger) (*Gateway, error) {
	cfg := mollie.NewAPIConfig(true)
	mc, err := mollie.NewClient(&http.Client{Timeout: 15 * time.Second}, cfg)
	if err != nil {
		return nil, fmt.Errorf("mollie client: %w", err)
	}
	return &Gateway{
		mc:         mc,
		redirect:   publicURL + "/pay/mollie/return",
		webhookURL: publicURL + "/hooks/mollie",
		log:        log,
	}, nil
}

// Create starts a payment for a top-up and returns the checkout URL.
func (g *Gateway) Create(ctx context.Context, t *store.TopUp, m Method) (*mollie.Payment, error) {
	req := mollie.CreatePayment{
		Description: "Festival wristband top-up " + t.ID,
		RedirectURL: g.redirect + "?ref=" + t.ID,
		WebhookURL:  g.webhookURL,
		Amount:      &mollie.Amount{Currency: "EUR", Value: t.AmountCents.Decimal()},
	}
	op := func() (*mollie.Payment, error) {
		res, p, err := g.mc.Payments.Create(ctx, req, nil) // want "\\[idempotency\\] mollie-go Payments\\.Create is retried by backoff\\.Retry \\(line 68\\) without"
		if err != nil {
			if res != nil && res.StatusCode < 500 && res.StatusCode != http.StatusTooManyRequests {
				return nil, backoff.Permanent(err)
			}
			return nil, err
		}
		return p, nil
	}
	return backoff.Retry(ctx, op,
		backoff.WithBackOff(backoff.NewExponentialBackOff()),
		backoff.WithMaxTries(4))
}

// Status reads a payment's state from Mollie.
func (g *Gateway) Status(ctx context.Context, id string) (string, error) {
	_, p, err := g.mc.Payments.Get(ctx, id, nil)
	if err != nil {
		return "", err
	}
	return p.Status, nil
}

// Refund sends money back to the payer's bank account.
func (g *Gateway) Refund(ctx context.Context, paymentID string, cents platform.Cents) (string, error) {
	_, rf, err := g.mc.Refunds.CreatePaymentRefund(ctx, paymentID, mollie.CreatePaymentRefund{
		Amount: &mollie.Amount{Currency: "EUR", Value: cents.Decimal()},
	}, nil)
	if err != nil {
		return "", err
	}
	return rf.ID, nil
}
