package billing

import (
	"context"
	"log"
	"time"

	"audit16/farm/flutterwave"
	"audit16/farm/store"

	"github.com/avast/retry-go/v4"
	"github.com/hibiken/asynq"
)

// Reconciler settles Ghana orders whose webhook never arrived.
type Reconciler struct {
	orders *store.Orders
	fw     *flutterwave.Client
}

// NewReconciler returns the reconciler.
func NewReconciler(orders *store.Orders, fw *flutterwave.Client) *Reconciler {
	return &Reconciler{orders: orders, fw: fw}
}

// HandleSweep is the asynq handler of the periodic "reconcile:ghana" task.
func (r *Reconciler) HandleSweep(ctx context.Context, _ *asynq.Task) error {
	pending, err := r.orders.PendingOlderThan(ctx, "flutterwave", 10*time.Minute)
	if err != nil {
		return err
	}
	for _, o := range pending {
		var tx *flutterwave.Transaction
		err := retry.Do(func() error {
			var err error
			tx, err = r.fw.VerifyByRef(ctx, o.Ref) // want "\\[retrybackoff\\] flutterwave.Client.VerifyByRef \\(GET /transactions/verify_by_reference\\) is retried by retry.Do \\(line 34\\) every 250ms, a fixed wait"
			return err
		},
			retry.Context(ctx),
			retry.Attempts(4),
			retry.Delay(250*time.Millisecond),
			retry.DelayType(retry.FixedDelay),
			retry.RetryIf(flutterwave.Temporary),
		)
		if err != nil {
			log.Printf("reconcile %s: %v", o.Ref, err)
			continue
		}
		switch tx.Status {
		case "successful":
			if err := r.orders.MarkPaid(ctx, o.Ref, tx.FlwRef); err != nil {
				return err
			}
			if err := r.orders.Release(ctx, o.Ref); err != nil {
				return err
			}
		case "failed":
			if err := r.orders.MarkFailed(ctx, o.Ref); err != nil {
				return err
			}
		}
	}
	return nil
}
