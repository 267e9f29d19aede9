// Package psp wraps the payment providers the club network uses: GoCardless
// for membership direct debits, Mollie for iDEAL/Bancontact court bookings,
// Adyen for cards online and at the front desk, Square for the US clubs and
// Checkout.com for no-show fees on stored cards.
package psp

import (
	"context"
	"fmt"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit20/sportsclub/domain"
)

// GoCardless collects membership fees against a member's mandate.
type GoCardless struct {
	svc *gocardless.Service
}

// NewGoCardless builds the client from an access token.
func NewGoCardless(token string) (*GoCardless, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, fmt.Errorf("gocardless config: %w", err)
	}
	svc, err := gocardless.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("gocardless client: %w", err)
	}
	return &GoCardless{svc: svc}, nil
}

// Collect creates a payment for a membership season against mandate.
func (g *GoCardless) Collect(ctx context.Context, m domain.Membership, mandate string, opts ...gocardless.RequestOption) (*gocardless.Payment, error) {
	return g.svc.Payments.Create(ctx, gocardless.PaymentCreateParams{
		Amount:    int(m.FeeCents),
		Currency:  m.Currency,
		Reference: fmt.Sprintf("MS%d-%s", m.ID, m.Season[:4]),
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: mandate},
	}, opts...)
}

// Payment reads a payment back.
func (g *GoCardless) Payment(ctx context.Context, id string) (*gocardless.Payment, error) {
	return g.svc.Payments.Get(ctx, id)
}
