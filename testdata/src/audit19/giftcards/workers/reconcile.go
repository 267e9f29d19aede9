package workers

import (
	"context"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/plutov/paypal/v4"

	"audit19/giftcards/domain"
	"audit19/giftcards/payments"
)

// PendingOrders lists stale pending orders.
type PendingOrders interface {
	PendingByProvider(ctx context.Context, p domain.Provider, age time.Duration) ([]domain.Order, error)
	MarkPaid(ctx context.Context, id string) error
}

// Reconciler settles orders whose buyer never came back to the return page.
type Reconciler struct {
	orders PendingOrders
	paypal *payments.PayPal
	wallet *payments.Wallet
	queue  domain.IssueQueue
}

// NewReconciler builds the reconciler.
func NewReconciler(o PendingOrders, pp *payments.PayPal, w *payments.Wallet, q domain.IssueQueue) *Reconciler {
	return &Reconciler{orders: o, paypal: pp, wallet: w, queue: q}
}

// PayPal follows stale PayPal orders in the background.
func (r *Reconciler) PayPal() {
	ctx := context.Background()
	stale, err := r.orders.PendingByProvider(ctx, domain.ProviderPayPal, 30*time.Minute)
	if err != nil {
		log.Printf("reconcile paypal: %v", err)
		return
	}
	for _, o := range stale {
		go func(o domain.Order) {
			st, err := r.paypal.WaitSettled(ctx, o.ProviderRef)
			if err != nil || st != paypal.OrderStatusCompleted {
				return
			}
			if err := r.orders.MarkPaid(ctx, o.ID); err == nil {
				r.queue.EnqueueIssue(o.ID)
			}
		}(o)
	}
}

// Eth confirms ETH purchases whose transaction hash the buyer submitted.
func (r *Reconciler) Eth() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	pending, err := r.orders.PendingByProvider(ctx, domain.ProviderEth, time.Minute)
	if err != nil {
		log.Printf("reconcile eth: %v", err)
		return
	}
	for _, o := range pending {
		if _, err := r.wallet.AwaitReceipt(ctx, common.HexToHash(o.ProviderRef)); err != nil {
			log.Printf("eth order %s: %v", o.ID, err)
			continue
		}
		if err := r.orders.MarkPaid(ctx, o.ID); err == nil {
			r.queue.EnqueueIssue(o.ID)
		}
	}
}
