// Package wallet sells ride credit: card top-ups through Stripe and
// bank-app top-ups through Flowpay, with bonus credit on larger amounts.
package wallet

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"

	"audit9/mobility/domain"
	"audit9/mobility/store"
)

// Service is the wallet use case.
type Service struct {
	wallets *store.Wallets
	sc      *stripe.Client
	flow    *Flowpay
}

// NewService wires the wallet service.
func NewService(w *store.Wallets, sc *stripe.Client, flow *Flowpay) *Service {
	return &Service{wallets: w, sc: sc, flow: flow}
}

// Bonus returns the ride credit granted for a top-up amount.
func Bonus(cents int64) int64 {
	switch {
	case cents >= 5000:
		return cents / 10
	case cents >= 2000:
		return cents / 20
	}
	return 0
}

// StartCardTopUp creates the top-up and its PaymentIntent.
func (s *Service) StartCardTopUp(ctx context.Context, walletID, customer, pm string, cents int64) (*domain.TopUp, *stripe.PaymentIntent, error) {
	t := &domain.TopUp{ID: uuid.NewString(), WalletID: walletID, AmountCents: cents, BonusCents: Bonus(cents), Status: "pending"}
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String("usd"),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String("https://ride.example.com/wallet/topups/return?topup=" + t.ID),
		Metadata:      map[string]string{"topup_id": t.ID, "kind": "topup"},
	}
	params.SetIdempotencyKey("topup-" + t.ID)
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return nil, nil, err
	}
	t.IntentID = pi.ID
	if err := s.wallets.SaveTopUp(ctx, t); err != nil {
		return nil, nil, err
	}
	return t, pi, nil
}

// WaitCardTopUp holds the request until a processing top-up went through,
// so the app can show the new balance right away.
func (s *Service) WaitCardTopUp(ctx context.Context, t *domain.TopUp) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for { // want "\\[pollbound\\] loop polling payment t.IntentID stops only when the payment succeeds"
		pi, err := s.sc.V1PaymentIntents.Retrieve(ctx, t.IntentID, nil)
		if err != nil {
			return err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}

// CompleteTopUp credits the wallet for a paid top-up.
func (s *Service) CompleteTopUp(ctx context.Context, topUpID string) error {
	t, err := s.wallets.TopUp(ctx, topUpID)
	if err != nil {
		return err
	}
	return s.wallets.Credit(ctx, t)
}

// MarkTopUpSucceeded records the provider's verdict without crediting.
func (s *Service) MarkTopUpSucceeded(ctx context.Context, topUpID string) error {
	return s.wallets.SetTopUpStatus(ctx, topUpID, "succeeded")
}

// StartFlowpayTopUp creates a bank-app top-up and returns its payment page.
func (s *Service) StartFlowpayTopUp(ctx context.Context, walletID string, cents int64, currency string) (string, error) {
	t := &domain.TopUp{ID: uuid.NewString(), WalletID: walletID, AmountCents: cents, BonusCents: Bonus(cents), Status: "pending"}
	ch, err := s.flow.CreateCharge(ctx, t.ID, cents, currency)
	if err != nil {
		return "", err
	}
	t.IntentID = ch.ID
	if err := s.wallets.SaveTopUp(ctx, t); err != nil {
		return "", err
	}
	return ch.RedirectURL, nil
}

// ErrNotPaid is returned for a top-up that is not paid yet.
var ErrNotPaid = errors.New("wallet: top-up not paid")
