package billing

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/store"
)

// RefundUnusedCredit gives back prepaid credit that was bought by card.
func (s *Service) RefundUnusedCredit(ctx context.Context, acct *store.Account, paymentIntentID string, cents int64) (*stripe.Refund, error) {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(paymentIntentID),
		Amount:        stripe.Int64(cents),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey(fmt.Sprintf("credit-refund-%s-%s-%d", acct.ID, paymentIntentID, cents))
	wait := time.Second
	for attempt := 1; ; attempt++ {
		r, err := s.sc.V1Refunds.Create(ctx, params)
		if err == nil {
			return r, s.store.DebitCredit(ctx, acct.ID, cents)
		}
		var se *stripe.Error
		transient := errors.As(err, &se) &&
			(se.HTTPStatusCode == http.StatusTooManyRequests || se.HTTPStatusCode >= 500)
		if !transient || attempt == 4 {
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
