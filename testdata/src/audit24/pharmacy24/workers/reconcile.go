package workers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	razorpay "github.com/razorpay/razorpay-go"
	"github.com/sethvargo/go-retry"

	"audit24/pharmacy24/checkout"
	"audit24/pharmacy24/conekta"
	"audit24/pharmacy24/pix"
	"audit24/pharmacy24/store"
)

// Reconciler settles orders whose webhook never came.
type Reconciler struct {
	orders *store.Orders
	rzp    *razorpay.Client
	pix    *pix.Client
	oxxo   *conekta.Client
	svc    *checkout.Service
	log    *slog.Logger
}

func NewReconciler(orders *store.Orders, rzp *razorpay.Client, px *pix.Client, oxxo *conekta.Client, svc *checkout.Service) *Reconciler {
	return &Reconciler{orders: orders, rzp: rzp, pix: px, oxxo: oxxo, svc: svc, log: slog.Default()}
}

// SyncPix settles Pix orders left pending for more than 15 minutes.
func (r *Reconciler) SyncPix() {
	ctx := context.Background()
	pending, err := r.orders.Pending(ctx, "pix", 15*time.Minute)
	if err != nil {
		r.log.Error("sync pix", "err", err)
		return
	}
	for _, o := range pending {
		cob, err := r.pix.Await(context.Background(), o.ProviderRef) // want "\\[pollbound\\] pix\\.Client\\.Await polls payment txid \\(client\\.go:113\\) until the context it is handed ends, and the context handed here never ends \\(context\\.Background\\(\\) at reconcile\\.go:42\\)"
		if err != nil {
			continue
		}
		if cob.Status == pix.StatusConcluded {
			_ = r.orders.MarkPaid(ctx, o.ID, cob.TxID)
		} else {
			_ = r.orders.SetStatus(ctx, o.ID, "expired")
		}
	}
}

// SyncRazorpay waits for Razorpay orders the checkout left open.
func (r *Reconciler) SyncRazorpay() {
	ctx := context.Background()
	pending, err := r.orders.Pending(ctx, "razorpay", 30*time.Minute)
	if err != nil {
		return
	}
	for _, o := range pending {
		b := retry.NewFibonacci(5 * time.Second)                  // audit: reported at workers/reconcile.go:63, the retried read (pollbound): no WithMaxRetries/WithMaxDuration and a Background context, and an order left "attempted" never turns paid, so this polls forever
		err := retry.Do(ctx, b, func(ctx context.Context) error { // want "\\[pollbound\\] retry\\.Do polling payment o\\.ProviderRef has no bound: no ctx\\.Done\\(\\), deadline,"
			res, err := r.rzp.Order.Fetch(o.ProviderRef, nil, nil)
			if err != nil {
				return retry.RetryableError(err)
			}
			if res["status"] != "paid" {
				return retry.RetryableError(fmt.Errorf("order %s is %v", o.ProviderRef, res["status"]))
			}
			return nil
		})
		if err == nil {
			_ = r.orders.MarkPaid(ctx, o.ID, o.ProviderRef)
		}
	}
}

// settleVoucher blocks until the OXXO voucher of o is paid.
func (r *Reconciler) settleVoucher(ctx context.Context, o store.Order) error {
	for { // want "\\[pollbound\\] loop polling payment o\\.ProviderRef stops only when the payment succeeds"
		co, err := r.oxxo.GetOrder(ctx, o.ProviderRef)
		if err == nil && co.PaymentStatus == "paid" {
			return r.orders.MarkPaid(ctx, o.ID, co.ID)
		}
		time.Sleep(time.Minute)
	}
}

// SyncOXXO settles OXXO vouchers from the previous days.
func (r *Reconciler) SyncOXXO() {
	ctx := context.Background()
	pending, err := r.orders.Pending(ctx, "conekta", 24*time.Hour)
	if err != nil {
		return
	}
	for _, o := range pending {
		go func(o store.Order) {
			if err := r.settleVoucher(ctx, o); err != nil {
				r.log.Error("oxxo", "order", o.ID, "err", err)
			}
		}(o)
	}
}

// WatchNewVouchers follows the vouchers issued in the last hour until they
// expire (72h).
func (r *Reconciler) WatchNewVouchers(ctx context.Context, email func(string) string) {
	pending, err := r.orders.Pending(ctx, "conekta", 0)
	if err != nil {
		return
	}
	for _, o := range pending {
		go func(o store.Order) {
			wctx, cancel := context.WithTimeout(ctx, 73*time.Hour)
			defer cancel()
			err := r.svc.WatchVoucher(wctx, &o, email(o.PatientID), 10*time.Minute) // audit: lookalike pollbound: bounded by the voucher's 73h deadline and WatchVoucher stops on paid/expired/canceled
			if err != nil && !errors.Is(err, context.DeadlineExceeded) {
				r.log.Error("watch voucher", "order", o.ID, "err", err)
			}
		}(o)
	}
}
