// Package reconciler re-reads pending payments in rounds: each round walks
// a different set of payments, pausing between rounds.
package reconciler

import (
	"context"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Store interface {
	PendingIDs(ctx context.Context) ([]string, error)
	NextPendingID(ctx context.Context) (string, error)
	Save(ctx context.Context, id string, st stripe.PaymentIntentStatus) error
}

// Rounds re-reads every pending payment once per second.
func Rounds(ctx context.Context, s Store) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		ids, err := s.PendingIDs(ctx)
		if err != nil {
			log.Print(err)
			continue
		}
		for _, id := range ids {
			pi, err := paymentintent.Get(id, nil)
			if err != nil {
				continue
			}
			if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
				_ = s.Save(ctx, id, pi.Status)
			}
		}
	}
}

// OneByOne takes the next pending payment each round.
func OneByOne(ctx context.Context, s Store) error {
	for ctx.Err() == nil {
		id, err := s.NextPendingID(ctx)
		if err != nil {
			time.Sleep(500 * time.Millisecond)
			continue
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			continue
		}
		if pi.Status != stripe.PaymentIntentStatusProcessing {
			_ = s.Save(ctx, id, pi.Status)
		}
		time.Sleep(500 * time.Millisecond)
	}
	return ctx.Err()
}

// Set walks a set of ids that shrinks as payments settle.
func Set(ctx context.Context, pending map[string]bool) {
	for len(pending) > 0 && ctx.Err() == nil {
		for id := range pending {
			pi, err := paymentintent.Get(id, nil)
			if err != nil {
				continue
			}
			if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusCanceled {
				delete(pending, id)
			}
		}
		time.Sleep(time.Second)
	}
}
