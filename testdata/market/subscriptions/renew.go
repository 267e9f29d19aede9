// Package subscriptions renews the marketplace's seller subscriptions.
package subscriptions

import (
	"context"
	"fmt"

	"github.com/google/uuid"

	"example.com/market/internal/clients"
	"example.com/market/internal/psp"
	"example.com/market/internal/retryx"
)

// Subscription is a seller's plan.
type Subscription struct {
	ID         string
	CustomerID string
	Period     string
	Amount     int64
}

// Renewer charges subscriptions when they renew.
type Renewer struct {
	PSP     *psp.Client
	Clients *clients.Set
}

// Renew charges a renewal, retrying through the in-house helper with no
// idempotency key: a lost response charges the seller twice.
func (r *Renewer) Renew(ctx context.Context, s Subscription) error {
	return retryx.Do(ctx, 3, func() error {
		_, err := r.PSP.Charge(ctx, s.CustomerID, s.Amount) // paylint: expect idempotency
		return err                                          // paylint: expect retrystatus
	})
}

// RenewKeyed keys the renewal by subscription and period, made once.
func (r *Renewer) RenewKeyed(ctx context.Context, s Subscription) error {
	key := fmt.Sprintf("renew-%s-%s", s.ID, s.Period)
	return retryx.Do(ctx, 3, func() error {
		_, err := r.PSP.CreateCharge(ctx, s.CustomerID, s.Amount, key)
		return err // paylint: expect retrystatus
	})
}

// RenewFreshKey makes the key inside the retried function: a new key on
// every attempt.
func (r *Renewer) RenewFreshKey(ctx context.Context, s Subscription) (*psp.Charge, error) {
	return retryx.Value(ctx, 3, func() (*psp.Charge, error) {
		return r.PSP.CreateCharge(ctx, s.CustomerID, s.Amount, uuid.NewString()) // paylint: expect idempotency // paylint: expect retrystatus
	})
}

// RenewOnce charges without retrying.
func (r *Renewer) RenewOnce(ctx context.Context, s Subscription) error {
	_, err := r.PSP.Charge(ctx, s.CustomerID, s.Amount)
	return err
}

// RenewBatch charges each subscription once: Each is a batch, not a retry.
func (r *Renewer) RenewBatch(ctx context.Context, subs []Subscription) error {
	return retryx.Each(subs, func(s Subscription) error {
		_, err := r.PSP.Charge(ctx, s.CustomerID, s.Amount)
		return err
	})
}

// ChargeMarketplace posts a marketplace fee through the shared client,
// which retries by itself (configured in clients.New).
func (r *Renewer) ChargeMarketplace(s Subscription) error {
	_, err := r.Clients.Marketplace.R(). // paylint: expect idempotency
						SetBody(map[string]any{"customer": s.CustomerID, "amount": s.Amount}).
						Post(r.Clients.Base + "/v1/charges")
	return err
}

// ChargeMarketplaceKeyed posts the fee with a key made from the period.
func (r *Renewer) ChargeMarketplaceKeyed(s Subscription) error {
	_, err := r.Clients.Marketplace.R().
		SetHeader("Idempotency-Key", "fee-"+s.ID+"-"+s.Period).
		SetBody(map[string]any{"customer": s.CustomerID, "amount": s.Amount}).
		Post(r.Clients.Base + "/v1/charges")
	return err
}

// Report posts a usage report through the client that never retries.
func (r *Renewer) Report(s Subscription) error {
	_, err := r.Clients.Reports.R().
		SetBody(map[string]any{"subscription": s.ID}).
		Post(r.Clients.Base + "/v1/charges")
	return err
}

// Refresh re-reads a charge through the retry helper: a read is safe to
// retry.
func (r *Renewer) Refresh(ctx context.Context, id string) (*psp.Charge, error) {
	return retryx.Value(ctx, 3, func() (*psp.Charge, error) {
		return r.PSP.GetCharge(ctx, id) // paylint: expect retrystatus
	})
}
