// Package refunds pays back the refunds customers requested. It only
// writes (one stripe refund per requested row) and reads no payment's
// status: a call of Sweep works a batch of rows, one refund each.
package refunds

import (
	"context"
	"fmt"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// Request is a refund a customer asked for.
type Request struct {
	ID            int64
	PaymentIntent string
	AmountMinor   int64
}

// Store holds the requested refunds.
type Store interface {
	Requested(ctx context.Context) ([]Request, error)
	MarkSent(ctx context.Context, id int64, ref string) error
}

// Service pays the requested refunds.
type Service struct{ Store Store }

// Sweep refunds every requested row once.
func (s *Service) Sweep(ctx context.Context) error {
	rows, err := s.Store.Requested(ctx)
	if err != nil {
		return err
	}
	for _, r := range rows {
		ref, err := send(ctx, r)
		if err != nil {
			continue
		}
		if err := s.Store.MarkSent(ctx, r.ID, ref); err != nil {
			return err
		}
	}
	return nil
}

func send(ctx context.Context, r Request) (string, error) {
	params := &stripe.RefundParams{PaymentIntent: stripe.String(r.PaymentIntent), Amount: stripe.Int64(r.AmountMinor)}
	params.SetIdempotencyKey(fmt.Sprintf("refund-%d", r.ID))
	params.Context = ctx
	rf, err := refund.New(params)
	if err != nil {
		return "", err
	}
	return rf.ID, nil
}

// RefundOne pays back one refund the caller names: no batch.
func (s *Service) RefundOne(ctx context.Context, r Request) (string, error) {
	return send(ctx, r)
}
