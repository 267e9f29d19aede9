// Package payouts sends creators their monthly earnings: Stripe Connect
// transfers (and payouts for accounts on manual schedules), PayPal
// Payouts, or USDC to a wallet on Base.
package payouts

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/plutov/paypal/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/store"
)

// Service pays creators.
type Service struct {
	sc     *stripe.Client
	pp     *paypal.Client
	chain  *USDC
	ledger *store.Ledger
	log    *slog.Logger
}

// Option configures a Service.
type Option func(*Service)

// WithStripe sets the Stripe client.
func WithStripe(sc *stripe.Client) Option { return func(s *Service) { s.sc = sc } }

// WithPayPal sets the PayPal client.
func WithPayPal(pp *paypal.Client) Option { return func(s *Service) { s.pp = pp } }

// WithUSDC sets the on-chain sender.
func WithUSDC(u *USDC) Option { return func(s *Service) { s.chain = u } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// NewService builds a Service.
func NewService(ledger *store.Ledger, opts ...Option) *Service {
	s := &Service{ledger: ledger, log: slog.Default()}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Due lists the payouts to send now.
func (s *Service) Due(ctx context.Context) ([]store.Payout, error) {
	return s.ledger.Due(ctx)
}

// Pay sends one payout on the creator's rail.
func (s *Service) Pay(ctx context.Context, p store.Payout) error {
	switch p.Rail {
	case store.RailStripe:
		return s.payStripe(ctx, p)
	case store.RailPayPal:
		return s.payPayPal(ctx, p)
	case store.RailUSDC:
		return s.payUSDC(ctx, p)
	}
	return fmt.Errorf("payout %s: unknown rail %q", p.ID, p.Rail)
}

// Fail closes a payout the rail refused, for the finance team to fix.
func (s *Service) Fail(ctx context.Context, p store.Payout, reason string) error {
	s.log.Error("payout refused", "payout", p.ID, "rail", p.Rail, "reason", reason)
	return s.ledger.MarkFailed(ctx, p.ID, reason)
}
