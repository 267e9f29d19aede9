// Package payouts pays resale sellers through Stripe Connect.
package payouts

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"

	"audit13/tickets/domain"
)

// Transfers is the part of the Stripe transfer API we use.
type Transfers interface {
	New(params *stripe.TransferParams) (*stripe.Transfer, error)
}

// Payouts is the part of the Stripe payout API we use.
type Payouts interface {
	New(params *stripe.PayoutParams) (*stripe.Payout, error)
	Get(id string, params *stripe.PayoutParams) (*stripe.Payout, error)
}

// ListingStore records what was paid for each listing.
type ListingStore interface {
	SetTransfer(ctx context.Context, id int64, transferID string) error
	SetPayoutStatus(ctx context.Context, payoutID, status string) error
}

// ErrPayoutFailed is returned when the seller's bank rejects a payout.
var ErrPayoutFailed = errors.New("payouts: payout failed")

// Service moves resale proceeds to sellers.
type Service struct {
	transfers Transfers
	payouts   Payouts
	listings  ListingStore
	retry     retryPolicy
}

// New builds the payout service.
func New(t Transfers, p Payouts, l ListingStore) *Service {
	return &Service{transfers: t, payouts: p, listings: l, retry: retryPolicy{attempts: 4, base: 2 * time.Second}}
}

// PaySeller transfers a sold listing's net amount to the seller's
// connected account.
func (s *Service) PaySeller(ctx context.Context, l domain.Listing) (string, error) {
	var tr *stripe.Transfer
	err := s.retry.do(ctx, func() error {
		params := &stripe.TransferParams{
			Amount:      stripe.Int64(l.NetMinor),
			Currency:    stripe.String(l.Currency),
			Destination: stripe.String(l.SellerAccount),
		}
		params.SetIdempotencyKey(uuid.NewString())
		params.AddMetadata("listing_id", strconv.FormatInt(l.ID, 10))
		var err error
		tr, err = s.transfers.New(params) // want "\\[idempotency\\] stripe transfer.New is retried by do \\(line 54\\) with an idempotency key made anew on every attempt \\(uuid.NewString\\(\\), line 60\\)"
		return err
	})
	if err != nil {
		return "", fmt.Errorf("transfer listing %d: %w", l.ID, err)
	}
	return tr.ID, s.listings.SetTransfer(ctx, l.ID, tr.ID)
}

// InstantPayout pays the seller's Connect balance out to their debit card.
func (s *Service) InstantPayout(ctx context.Context, l domain.Listing) (string, error) {
	params := &stripe.PayoutParams{
		Amount:   stripe.Int64(l.NetMinor),
		Currency: stripe.String(l.Currency),
	}
	params.SetStripeAccount(l.SellerAccount)
	params.SetIdempotencyKey("po-" + strconv.FormatInt(l.ID, 10))
	params.AddExtra("method", "instant")
	po, err := s.payouts.New(params)
	if err != nil {
		return "", err
	}
	return po.ID, s.listings.SetPayoutStatus(ctx, po.ID, string(po.Status))
}

// WaitPayout follows an instant payout until it lands or fails.
func (s *Service) WaitPayout(ctx context.Context, account, payoutID string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t := time.NewTicker(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	defer t.Stop()
	params := &stripe.PayoutParams{}
	params.SetStripeAccount(account)
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		po, err := s.payouts.Get(payoutID, params)
		if err != nil {
			return err
		}
		switch po.Status {
		case stripe.PayoutStatusPaid:
			return s.listings.SetPayoutStatus(ctx, payoutID, string(po.Status))
		case stripe.PayoutStatusFailed, "canceled":
			_ = s.listings.SetPayoutStatus(ctx, payoutID, string(po.Status))
			return ErrPayoutFailed
		}
	}
}
