// Package deposit holds the security deposit on the renter's card at
// pick-up and releases or partly captures it at return.
package deposit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/braintree-go/braintree-go"
	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit10/carrental/domain"
	"audit10/carrental/platform"
)

// Store persists deposit state on the rental.
type Store interface {
	SaveHold(ctx context.Context, rentalID, via, ref string) error
	MarkCaptured(ctx context.Context, rentalID string, cents int64) error
	MarkReleased(ctx context.Context, rentalID string) error
}

// Service manages deposits with Braintree (US) and Stripe (elsewhere).
type Service struct {
	bt    *braintree.Braintree
	sc    *stripe.Client
	store Store
	log   *slog.Logger
}

// NewService wires a deposit Service.
func NewService(bt *braintree.Braintree, sc *stripe.Client, store Store, log *slog.Logger) *Service {
	return &Service{bt: bt, sc: sc, store: store, log: log}
}

// HoldAtPickup authorises the deposit without capturing it.
func (s *Service) HoldAtPickup(ctx context.Context, r *domain.Rental, nonce string) error {
	if r.Market == "US" {
		tx, err := s.bt.Transaction().Create(ctx, &braintree.TransactionRequest{
			Type:               "sale",
			Amount:             braintree.NewDecimal(r.DepositCents, 2),
			OrderId:            "dep-" + r.ID,
			PaymentMethodNonce: nonce,
		})
		if err != nil {
			return fmt.Errorf("braintree hold: %w", err)
		}
		return s.store.SaveHold(ctx, r.ID, "braintree", tx.Id)
	}

	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(r.DepositCents),
		Currency:      stripe.String(r.Currency),
		Customer:      stripe.String(r.StripeCustomer),
		PaymentMethod: stripe.String(r.PaymentMethod),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String("Security deposit " + r.ID),
	}
	params.SetIdempotencyKey("deposit-hold-" + r.ID)
	var pi *stripe.PaymentIntent
	op := func() error {
		var err error
		pi, err = s.sc.V1PaymentIntents.Create(ctx, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return fmt.Errorf("stripe hold: %w", err)
	}
	return s.store.SaveHold(ctx, r.ID, "stripe", pi.ID)
}

// SettleAtReturn captures what the renter owes from the deposit (damage,
// missing fuel) and releases the rest. With nothing owed, the hold is
// released.
func (s *Service) SettleAtReturn(ctx context.Context, r *domain.Rental, owedCents int64) error {
	if owedCents == 0 {
		return s.release(ctx, r)
	}
	capture := min(owedCents, r.DepositCents)
	switch r.DepositVia {
	case "braintree":
		if _, err := s.bt.Transaction().SubmitForSettlement(ctx, r.DepositRef, braintree.NewDecimal(capture, 2)); err != nil {
			return fmt.Errorf("braintree capture: %w", err)
		}
		if err := s.waitSettled(ctx, r.DepositRef); err != nil {
			return err
		}
	default:
		params := &stripe.PaymentIntentCaptureParams{
			AmountToCapture: stripe.Int64(capture),
			FinalCapture:    stripe.Bool(true),
		}
		params.SetIdempotencyKey("deposit-capture-" + r.ID)
		err := platform.Do(ctx, platform.DefaultPolicy(), func(ctx context.Context) error {
			_, err := s.sc.V1PaymentIntents.Capture(ctx, r.DepositRef, params)
			return err
		})
		if err != nil {
			return fmt.Errorf("stripe capture: %w", err)
		}
	}
	if err := s.store.MarkCaptured(ctx, r.ID, capture); err != nil {
		return err
	}
	if owedCents > capture {
		return s.chargeExcess(ctx, r, owedCents-capture)
	}
	return nil
}

func (s *Service) release(ctx context.Context, r *domain.Rental) error {
	if r.DepositVia == "braintree" {
		var err error
		for i := 0; i < 3; i++ {
			if _, err = s.bt.Transaction().Void(ctx, r.DepositRef); err == nil { // want "\\[retrybackoff\\] braintree Transaction.Void is retried by a for loop"
				return s.store.MarkReleased(ctx, r.ID)
			}
			s.log.Warn("void deposit", "rental", r.ID, "attempt", i, "err", err)
		}
		return fmt.Errorf("void %s: %w", r.DepositRef, err)
	}
	params := &stripe.PaymentIntentCancelParams{CancellationReason: stripe.String("abandoned")}
	if _, err := s.sc.V1PaymentIntents.Cancel(ctx, r.DepositRef, params); err != nil {
		return fmt.Errorf("stripe release: %w", err)
	}
	return s.store.MarkReleased(ctx, r.ID)
}

// waitSettled waits until Braintree has settled a submitted capture.
func (s *Service) waitSettled(ctx context.Context, txID string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	t := time.NewTicker(platform.SettlementPollEvery) // want "\\[pollinterval\\] payment status polled every 1s"
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			s.log.Error("settlement still pending", "tx", txID)
			return ctx.Err()
		case <-t.C:
		}
		tx, err := s.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return err
		}
		switch tx.Status {
		case braintree.TransactionStatusSettled:
			return nil
		case "settlement_declined", "voided", "gateway_rejected":
			return fmt.Errorf("settlement of %s: %s", txID, tx.Status)
		}
	}
}
