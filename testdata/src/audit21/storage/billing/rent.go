package billing

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit21/storage/platform"
	"audit21/storage/store"
)

// ErrDeclined is returned when the card was declined; the invoice goes to
// the arrears flow.
var ErrDeclined = errors.New("billing: card declined")

func rentParams(inv store.DueInvoice) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(inv.AmountPence),
		Currency:      stripe.String(inv.Currency),
		Customer:      stripe.String(inv.Customer),
		PaymentMethod: stripe.String(inv.PaymentPM),
		OffSession:    stripe.Bool(true),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String(fmt.Sprintf("Storage rent, invoice %d", inv.ID)),
		Metadata: map[string]string{
			"invoice_id": strconv.FormatInt(inv.ID, 10),
			"rental_id":  strconv.FormatInt(inv.RentalID, 10),
		},
	}
}

// ChargeRent charges one month's rent to the card on file. Network blips
// are retried by the platform policy.
func (s *Service) ChargeRent(ctx context.Context, inv store.DueInvoice) (*stripe.PaymentIntent, error) {
	params := rentParams(inv)
	var pi *stripe.PaymentIntent
	err := platform.Retry(ctx, s.retry, func(ctx context.Context) error {
		var err error
		pi, err = paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent\\.New is retried by platform\\.Retry \\(line 43\\) without"
		var se *stripe.Error
		if errors.As(err, &se) {
			switch se.Type {
			case stripe.ErrorTypeCard:
				return platform.Stop(ErrDeclined)
			case stripe.ErrorTypeInvalidRequest:
				return platform.Stop(err)
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return pi, nil
}

// ChargeRentKeyed is the newer entry point used by the worker: the key comes
// from the invoice, so a replay after a lost answer returns the same intent.
func (s *Service) ChargeRentKeyed(ctx context.Context, inv store.DueInvoice) (*stripe.PaymentIntent, error) {
	params := rentParams(inv)
	params.SetIdempotencyKey(fmt.Sprintf("rent-%d", inv.ID)) // audit: lookalike idempotency: key derived from the invoice row, set once before platform.Retry, the same on every attempt and on every pass of the worker
	var pi *stripe.PaymentIntent
	err := platform.Retry(ctx, s.retry, func(ctx context.Context) error {
		var err error
		pi, err = paymentintent.New(params)
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want "\\[retrystatus\\] stripe paymentintent\\.New is retried by platform\\.Retry \\(line 69\\): stripe"
			return platform.Stop(ErrDeclined)
		}
		return err
	})
	return pi, err
}

// SettleArrears charges the arrears on a saved card while the tenant waits
// at the counter and holds until Stripe says the money is in, so the desk
// can release the overlock.
func (s *Service) SettleArrears(ctx context.Context, inv store.DueInvoice) error {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(inv.AmountPence),
		Currency:      stripe.String(inv.Currency),
		Customer:      stripe.String(inv.Customer),
		PaymentMethod: stripe.String(inv.PaymentPM),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"invoice_id": strconv.FormatInt(inv.ID, 10)},
	}
	params.SetIdempotencyKey(fmt.Sprintf("arrears-%d", inv.ID))
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return err
	}
	id := pi.ID
	return platform.Until(context.Background(), 5*time.Second, func(ctx context.Context) (bool, error) { // want "\\[pollbound\\] platform\\.Until polling payment id has no bound: no ctx\\.Done\\(\\), deadline,"
		cur, err := s.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return false, err
		}
		switch cur.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, ErrDeclined
		}
		return false, nil
	})
}

// ChargeOrReplace is used by the move-out flow for the final bill: if the
// customer's bank cancels the first intent (3DS abandoned) we open a second
// one with a fresh key, once.
func (s *Service) ChargeOrReplace(ctx context.Context, inv store.DueInvoice) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	params := rentParams(inv)
	params.SetIdempotencyKey(fmt.Sprintf("final-%d", inv.ID))
	pi, err := paymentintent.New(params)
	if err != nil {
		return "", err
	}
	replaced := false
	wait := 3 * time.Second
	for {
		select {
		case <-ctx.Done():
			return pi.ID, ctx.Err()
		case <-time.After(wait):
		}
		cur, err := paymentintent.Get(pi.ID, nil)
		if err != nil {
			return pi.ID, err
		}
		switch cur.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return cur.ID, nil
		case stripe.PaymentIntentStatusCanceled:
			if replaced {
				return cur.ID, ErrDeclined
			}
			replaced = true
			p2 := rentParams(inv)
			p2.SetIdempotencyKey(fmt.Sprintf("final-%d-2", inv.ID))
			pi, err = paymentintent.New(p2) // audit: lookalike pollcreate: a second intent only after the first reached the terminal canceled state, with its own stable key
			if err != nil {
				return "", err
			}
		}
		if wait < 30*time.Second {
			wait *= 2
		}
	}
}

// RefundDeposit returns the deposit at move-out.
func (s *Service) RefundDeposit(ctx context.Context, rentalID int64, paymentIntentID string, amount int64) error {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Amount:        stripe.Int64(amount),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey(fmt.Sprintf("deposit-refund-%d", rentalID)) // audit: lookalike idempotency: one key per rental's deposit refund, set once before backoff.Retry
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return backoff.Retry(func() error {
		_, err := s.sc.V1Refunds.Create(ctx, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest {
			return backoff.Permanent(err)
		}
		return err
	}, b)
}
