package molliepay

import (
	"context"
	"time"

	"audit21/festival/store"
)

// Settler is what the reconciler updates once Mollie says a top-up is paid.
type Settler interface {
	ClaimPaid(ctx context.Context, id string) (bool, error)
}

// Reconciler catches top-ups whose webhook never arrived.
type Reconciler struct {
	gw      *Gateway
	topups  Settler
	credit  func(ctx context.Context, t *store.TopUp) error
	pollGap time.Duration
}

// NewReconciler wires the reconciler.
func NewReconciler(gw *Gateway, topups Settler, credit func(ctx context.Context, t *store.TopUp) error) *Reconciler {
	return &Reconciler{gw: gw, topups: topups, credit: credit, pollGap: 5 * time.Second}
}

// Follow waits for one top-up's Mollie payment to be paid and credits it.
func (r *Reconciler) Follow(ctx context.Context, t *store.TopUp) error {
	for { // want "\\[pollbound\\] loop polling payment t\\.ProviderRef stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(r.pollGap):
		}
		status, err := r.gw.Status(ctx, t.ProviderRef)
		if err != nil {
			r.gw.log.WarnContext(ctx, "mollie status", "topup", t.ID, "err", err)
			continue
		}
		if status == "paid" {
			ok, err := r.topups.ClaimPaid(ctx, t.ID)
			if err != nil || !ok {
				return err
			}
			return r.credit(ctx, t)
		}
	}
}
