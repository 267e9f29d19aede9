package stripepay

import (
	"context"
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit12/fitness/domain"
)

// FreezeFee is the flat fee for putting a membership on hold.
const FreezeFee = 900

// ChargeFreezeFee charges the freeze fee and freezes the membership.
func (s *Service) ChargeFreezeFee(ctx context.Context, m domain.Member, membershipID, freezeID string) error {
	params := offSessionParams(m, FreezeFee, "eur", "Membership freeze")
	params.SetIdempotencyKey("freeze-" + freezeID)

	var se *stripe.Error
	for attempt := 1; attempt <= 3; attempt++ {
		pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
		if err == nil {
			if pi.Status != stripe.PaymentIntentStatusSucceeded {
				return domain.ErrDeclined
			}
			return s.memberships.SetFrozen(ctx, membershipID, true)
		}
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want "\\[retrystatus\\] stripe V1PaymentIntents.Create is retried by a for loop .*card_error are retried"
			time.Sleep(time.Duration(attempt) * 30 * time.Second)
			continue
		}
		return fmt.Errorf("freeze fee: %w", err)
	}
	return domain.ErrDeclined
}

// RefundCancellation refunds the unused part of a cancelled membership.
func (s *Service) RefundCancellation(ctx context.Context, paymentIntentID, cancellationID string, amount int64) (*stripe.Refund, error) {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Amount:        stripe.Int64(amount),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey("cancel-refund-" + cancellationID)

	wait := 2 * time.Second
	for attempt := 0; ; attempt++ {
		r, err := s.sc.V1Refunds.Create(ctx, params)
		if err == nil {
			return r, nil
		}
		var se *stripe.Error
		retryable := !errors.As(err, &se) || se.HTTPStatusCode >= 500 || se.HTTPStatusCode == 429
		if !retryable || attempt == 3 {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}
