// Package settle pays organisers their ticket revenue after an event.
package settle

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit5/events/payouts/bankapi"
)

type Organiser struct {
	ID              string
	StripeAccountID string
	IBAN            string
}

type Settlement struct {
	ID       string
	EventID  string
	Net      int64
	Currency string
}

type Service struct {
	bank *bankapi.Client
}

func NewService(bank *bankapi.Client) *Service { return &Service{bank: bank} }

// PayViaConnect transfers the net revenue to the organiser's connected
// account, retrying transient Stripe errors.
func (s *Service) PayViaConnect(ctx context.Context, org Organiser, st Settlement) error {
	op := func() error {
		_, err := transfer.New(&stripe.TransferParams{ // want "\\[idempotency\\] stripe transfer.New is retried by backoff.Retry .* without an idempotency key"
			Amount:      stripe.Int64(st.Net),
			Currency:    stripe.String(st.Currency),
			Destination: stripe.String(org.StripeAccountID),
		})
		return err
	}
	b := backoff.WithContext(backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(2*time.Minute)), ctx)
	return backoff.Retry(op, b) // audit: missed retrystatus (by design silent: an SDK call retried on its bare error): backoff.Retry retries every stripe error of transfer.New, including invalid_request_error (insufficient platform balance, a closed connected account), which fails the same way again
}

// PayViaConnectKeyed is the version used for re-runs of the settlement job:
// the key is the settlement id and card/request errors stop the retry.
func (s *Service) PayViaConnectKeyed(ctx context.Context, org Organiser, st Settlement) error {
	op := func() error {
		params := &stripe.TransferParams{
			Amount:      stripe.Int64(st.Net),
			Currency:    stripe.String(st.Currency),
			Destination: stripe.String(org.StripeAccountID),
		}
		params.SetIdempotencyKey("settlement-" + st.ID)
		_, err := transfer.New(params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode >= 400 && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return backoff.Permanent(err)
		}
		return err
	}
	b := backoff.WithContext(backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(2*time.Minute)), ctx)
	return backoff.Retry(op, b)
}

// PayViaBank pays organisers outside Connect's countries.
func (s *Service) PayViaBank(ctx context.Context, org Organiser, st Settlement) error {
	p, err := s.bank.CreatePayout(ctx, bankapi.PayoutRequest{
		Reference: "settlement-" + st.ID,
		IBAN:      org.IBAN,
		Amount:    st.Net,
		Currency:  st.Currency,
	})
	if err != nil {
		return fmt.Errorf("settle %s: %w", st.ID, err)
	}
	if p.Status == "rejected" {
		return fmt.Errorf("settle %s: bank rejected payout %s", st.ID, p.ID)
	}
	return nil
}
