package jobs

import (
	"context"
	"log/slog"
	"time"

	"gorm.io/gorm"

	"audit25/cryptomerch/commerce"
	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/store"
)

// Reconciler catches crypto orders whose webhook never arrived: it reads the
// charge back from the provider and records the outcome.
type Reconciler struct {
	db     *gorm.DB
	cc     *commerce.Client
	orders *store.Orders
}

// NewReconciler returns the job.
func NewReconciler(db *gorm.DB, cc *commerce.Client, orders *store.Orders) *Reconciler {
	return &Reconciler{db: db, cc: cc, orders: orders}
}

// Run is scheduled every ten minutes.
func (r *Reconciler) Run() {
	var stale []store.Order
	cutoff := time.Now().Add(-30 * time.Minute)
	if err := r.db.Where("rail = ? AND status = ? AND created_at < ?", "crypto", store.OrderPending, cutoff).
		Find(&stale).Error; err != nil {
		slog.Error("reconcile: list", "err", err)
		return
	}
	for i := range stale {
		o := &stale[i]
		ch, err := r.settle(context.Background(), o.ChargeCode) // audit: missed pollbound: the Poller in settle is bounded only by the context it is handed, and context.Background() never ends; a charge stuck UNRESOLVED (underpaid) holds the job forever
		if err != nil {
			slog.Warn("reconcile", "order", o.ID, "err", err)
			continue
		}
		if st := ch.Status(); st == commerce.StatusCompleted || st == commerce.StatusResolved {
			if err := r.orders.MarkPaid(context.Background(), o.ID); err != nil {
				slog.Error("reconcile: mark paid", "order", o.ID, "err", err)
			}
		}
	}
}

func (r *Reconciler) settle(ctx context.Context, code string) (*commerce.Charge, error) {
	return platform.Poller[*commerce.Charge]{
		Every: 30 * time.Second,
		Fetch: func(ctx context.Context) (*commerce.Charge, error) { return r.cc.GetCharge(ctx, code) },
		Done:  (*commerce.Charge).Final,
	}.Until(ctx)
}
