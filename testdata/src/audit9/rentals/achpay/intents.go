// Package achpay collects rent by ACH debit through Stripe PaymentIntents on
// the tenant's verified us_bank_account payment method.
package achpay

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit9/rentals/ledger"
)

// Service creates ACH PaymentIntents for rent charges.
type Service struct {
	store *ledger.Store
	log   *slog.Logger
}

// New returns a Service. The Stripe key is set on stripe.Key by main.
func New(store *ledger.Store, log *slog.Logger) *Service {
	return &Service{store: store, log: log}
}

func intentParams(c *ledger.Charge, customerID, paymentMethod string) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(c.Amount),
		Currency:      stripe.String(c.Currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(paymentMethod),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String("Rent " + c.Period),
		Metadata:      map[string]string{"charge_id": c.ID, "lease_id": c.LeaseID},
	}
}

// StartRentDebit debits this month's rent from the tenant's bank account.
func (s *Service) StartRentDebit(ctx context.Context, c *ledger.Charge, customerID, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := intentParams(c, customerID, paymentMethod)
	var pi *stripe.PaymentIntent
	err := withRetry(ctx, 4, func() error {
		var err error
		pi, err = paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by withRetry \\(line 45\\) without an idempotency key"
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("ach debit %s: %w", c.ID, err)
	}
	return pi, s.store.SetProviderRef(ctx, c.ID, pi.ID)
}

// RetryDebit debits a failed charge again from the bank account the tenant
// chose after the first debit failed.
func (s *Service) RetryDebit(ctx context.Context, c *ledger.Charge, customerID, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := intentParams(c, customerID, paymentMethod)
	params.SetIdempotencyKey("rent-" + c.ID + "-" + paymentMethod)
	var pi *stripe.PaymentIntent
	err := withRetry(ctx, 4, func() error {
		var err error
		pi, err = paymentintent.New(params)
		return err
	})
	if err != nil {
		return nil, err
	}
	return pi, s.store.SetProviderRef(ctx, c.ID, pi.ID)
}

// ConfirmDebit confirms an intent the tenant authorised in the portal.
func (s *Service) ConfirmDebit(ctx context.Context, intentID, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentConfirmParams{PaymentMethod: stripe.String(paymentMethod)}
	params.SetIdempotencyKey("confirm-" + intentID)
	op := func() (*stripe.PaymentIntent, error) {
		return paymentintent.Confirm(intentID, params) // want "\\[retrybackoff\\] stripe paymentintent.Confirm is retried by backoff.RetryWithData \\(line 81\\) every 200ms"
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), 5), ctx)
	return backoff.RetryWithData(op, b)
}

// PayNow charges a charge immediately from the portal and waits for the
// debit to clear so the receipt can be shown.
func (s *Service) PayNow(ctx context.Context, c *ledger.Charge, customerID, paymentMethod string) (*stripe.PaymentIntent, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		params := intentParams(c, customerID, paymentMethod)
		params.SetIdempotencyKey(fmt.Sprintf("paynow-%s-%d", c.ID, attempt))
		pi, err := paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is made again on every pass of the loop \\(line 87\\) after achpay.Service.awaitIntent" "\\[pollcreate\\] payment stripe paymentintent.New made again on every pass of the loop \\(line 87\\) after achpay.Service.awaitIntent"
		if err != nil {
			return nil, err
		}
		if err := s.store.SetProviderRef(ctx, c.ID, pi.ID); err != nil {
			return nil, err
		}
		settled, err := s.awaitIntent(ctx, pi.ID)
		if err != nil {
			return nil, err
		}
		if settled {
			return pi, nil
		}
		s.log.Info("intent still processing", "intent", pi.ID, "attempt", attempt)
	}
	return nil, fmt.Errorf("charge %s: debit did not settle", c.ID)
}

// awaitIntent reports whether the intent succeeded within its wait; false
// with no error means it is still processing.
func (s *Service) awaitIntent(ctx context.Context, id string) (bool, error) {
	tick := time.NewTicker(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for i := 0; i < 20; i++ {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-tick.C:
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, fmt.Errorf("intent %s: %s", id, pi.Status)
		}
	}
	return false, nil
}

// IntentStatus reads an intent's status from Stripe.
func (s *Service) IntentStatus(ctx context.Context, id string) (stripe.PaymentIntentStatus, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return "", err
	}
	return pi.Status, nil
}
