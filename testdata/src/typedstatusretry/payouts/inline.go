package payouts

import (
	"context"
	"errors"

	"github.com/cenkalti/backoff/v4"

	"typedstatusretry/payoutapi"
)

// PayInlineAnyAnswer sends every *StatusError round and stops only on a
// transport failure: refusals go round.
func (s *Service) PayInlineAnyAnswer(ctx context.Context, p payoutapi.Payout) error {
	return backoff.Retry(func() error {
		err := s.api.CreatePayout(ctx, p)
		var se *payoutapi.StatusError
		if errors.As(err, &se) { // want `payoutapi.Client.CreatePayout \(POST /v1/payouts\) is retried by backoff.Retry \(line \d+\): every non-2xx status is retried, including 400/404/422`
			return err
		}
		if err != nil {
			return backoff.Permanent(err)
		}
		return nil
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}

// PayInlineTransient stops on a code that will not change: silent.
func (s *Service) PayInlineTransient(ctx context.Context, p payoutapi.Payout) error {
	return backoff.Retry(func() error {
		err := s.api.CreatePayout(ctx, p)
		var se *payoutapi.StatusError
		if errors.As(err, &se) && !payoutapi.Transient(se.Code) {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.WithContext(backoff.NewExponentialBackOff(), ctx))
}
