// Package payouts pays partners through payoutapi, retried by the
// helpers of retrykit.
package payouts

import (
	"context"

	"typedstatusretry/payoutapi"
	"typedstatusretry/retrykit"
)

type Service struct {
	api *payoutapi.Client
}

// ---- mistakes: reported ----

// PayAnswersOnly retries every *StatusError, 400/422 included.
func (s *Service) PayAnswersOnly(ctx context.Context, p payoutapi.Payout) error {
	return retrykit.AnswersOnly(ctx, 3, func(ctx context.Context) error {
		return s.api.CreatePayout(ctx, p) // want `payoutapi.Client.CreatePayout \(POST /v1/payouts\) is retried by retrykit.AnswersOnly \(line \d+\): every non-2xx status is retried, including 400/404/422`
	})
}

// PaySwitchEveryAnswer goes round on any *StatusError of a type switch.
func (s *Service) PaySwitchEveryAnswer(ctx context.Context, p payoutapi.Payout) error {
	return retrykit.EveryAnswerSwitch(ctx, 3, func(ctx context.Context) error {
		return s.api.CreatePayout(ctx, p) // want `payoutapi.Client.CreatePayout \(POST /v1/payouts\) is retried by retrykit.EveryAnswerSwitch \(line \d+\): every non-2xx status is retried`
	})
}

// ---- look-alikes: silent (the helper stops on every refusal) ----

func (s *Service) PayUntilPermanent(ctx context.Context, p payoutapi.Payout) error {
	return retrykit.UntilPermanent(ctx, 3, func(ctx context.Context) error {
		return s.api.CreatePayout(ctx, p)
	})
}

func (s *Service) PayBySwitch(ctx context.Context, p payoutapi.Payout) error {
	return retrykit.BySwitch(ctx, 3, func(ctx context.Context) error {
		return s.api.CreatePayout(ctx, p)
	})
}

func (s *Service) PayByAssertion(ctx context.Context, p payoutapi.Payout) error {
	return retrykit.ByAssertion(ctx, 3, func(ctx context.Context) error {
		return s.api.CreatePayout(ctx, p)
	})
}

func (s *Service) PayStatusAware(ctx context.Context, p payoutapi.Payout) error {
	return retrykit.StatusAware(ctx, 3, func(ctx context.Context) (int, error) {
		err := s.api.CreatePayout(ctx, p)
		return 200, err
	})
}
