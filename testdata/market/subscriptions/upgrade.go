package subscriptions

import (
	"context"

	"github.com/google/uuid"

	"example.com/market/internal/psp"
	"example.com/market/internal/retryx"
)

// Upgrade charges a plan upgrade; the request carries its key, made once
// before the retry: every attempt sends the same key (look-alike, silent).
func (r *Renewer) Upgrade(ctx context.Context, s Subscription, delta int64) error {
	cr := &psp.ChargeRequest{Customer: s.CustomerID, Amount: delta, IdempotencyKey: uuid.NewString()}
	return retryx.Do(ctx, 3, func() error {
		_, err := r.PSP.Submit(ctx, cr)
		return err // paylint: expect retrystatus
	})
}

// UpgradeRekeyed refills the request's key inside the retried function:
// every attempt is a new charge to the provider.
func (r *Renewer) UpgradeRekeyed(ctx context.Context, s Subscription, delta int64) error {
	cr := &psp.ChargeRequest{Customer: s.CustomerID, Amount: delta}
	return retryx.Do(ctx, 3, func() error {
		cr.IdempotencyKey = uuid.NewString()
		_, err := r.PSP.Submit(ctx, cr) // paylint: expect idempotency
		return err                      // paylint: expect retrystatus
	})
}
