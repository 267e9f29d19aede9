package payouts

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	retry "github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/platform"
	"audit20/creators/store"
)

// payStripe moves the creator's share to their connected account and,
// for accounts on a manual payout schedule, pays it out to their bank.
func (s *Service) payStripe(ctx context.Context, p store.Payout) error {
	tr, err := platform.Retry(ctx, 4, 2*time.Second, func(ctx context.Context) (*stripe.Transfer, error) {
		tr, err := s.sc.V1Transfers.Create(ctx, &stripe.TransferCreateParams{ // want "\\[idempotency\\] stripe V1Transfers\\.Create is retried by platform\\.Retry \\(line 21\\) without"
			Amount:      stripe.Int64(p.AmountCents),
			Currency:    stripe.String(strings.ToLower(p.Currency)),
			Destination: stripe.String(p.StripeAccount),
			Params:      stripe.Params{Metadata: map[string]string{"payout_id": p.ID, "period": p.Period}},
		})
		return tr, stopOnRefusal(err)
	})
	if err != nil {
		return fmt.Errorf("transfer for payout %s: %w", p.ID, err)
	}
	if err := s.ledger.MarkSending(ctx, p.ID, tr.ID); err != nil {
		return err
	}
	if !strings.HasPrefix(p.Period, "manual:") {
		return s.ledger.MarkPaid(ctx, p.ID) // automatic schedule: Stripe pays out by itself
	}
	po, err := s.payoutConnected(ctx, p)
	if err != nil {
		return err
	}
	go s.watchPayout(p.ID, p.StripeAccount, po.ID)
	return nil
}

func (s *Service) payoutConnected(ctx context.Context, p store.Payout) (*stripe.Payout, error) {
	params := &stripe.PayoutCreateParams{
		Amount:   stripe.Int64(p.AmountCents),
		Currency: stripe.String(strings.ToLower(p.Currency)),
	}
	params.SetStripeAccount(p.StripeAccount)
	params.SetIdempotencyKey("po-" + p.ID)
	var po *stripe.Payout
	err := retry.Do(func() error {
		var err error
		po, err = s.sc.V1Payouts.Create(ctx, params)
		return err
	},
		retry.Context(ctx),
		retry.Attempts(5),
		retry.RetryIf(func(err error) bool { // audit: reported at stripe.go:64 (retrystatus, at the retried call): every *stripe.Error but 401/403 is retried, so an invalid_request_error (balance_insufficient, no external account, 404 account) is sent four more times
			var se *stripe.Error
			if errors.As(err, &se) { // want "\\[retrystatus\\] stripe V1Payouts\\.Create is retried by retry\\.Do \\(line 55\\): stripe errors"
				return se.HTTPStatusCode != http.StatusUnauthorized && se.HTTPStatusCode != http.StatusForbidden
			}
			return true
		}),
	)
	if err != nil {
		return nil, fmt.Errorf("connected payout for %s: %w", p.ID, err)
	}
	return po, nil
}

// watchPayout follows a connected account's payout until the bank
// confirms it, and closes the ledger row.
func (s *Service) watchPayout(payoutID, account, stripePayoutID string) {
	ctx := context.Background()
	for { // want "\\[pollbound\\] loop polling payment stripePayoutID has no bound: no ctx\\.Done\\(\\), deadline,"
		params := &stripe.PayoutRetrieveParams{}
		params.SetStripeAccount(account)
		po, err := s.sc.V1Payouts.Retrieve(ctx, stripePayoutID, params)
		if err != nil {
			s.log.Warn("payout status read failed", "payout", payoutID, "err", err)
			time.Sleep(time.Minute)
			continue
		}
		switch po.Status {
		case stripe.PayoutStatusPaid:
			if err := s.ledger.MarkPaid(ctx, payoutID); err != nil {
				s.log.Error("ledger mark paid", "payout", payoutID, "err", err)
			}
			return
		case stripe.PayoutStatusFailed:
			if err := s.ledger.MarkFailed(ctx, payoutID, "stripe payout failed"); err != nil {
				s.log.Error("ledger mark failed", "payout", payoutID, "err", err)
			}
			return
		}
		time.Sleep(5 * time.Minute)
	}
}

// stopOnRefusal stops a retry on Stripe's 4xx answers (but 429): the same
// request would be refused again.
func stopOnRefusal(err error) error {
	var se *stripe.Error
	if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != http.StatusTooManyRequests {
		return platform.Stop(err)
	}
	return err
}
