package workers

import (
	"context"
	"log"
	"time"

	"audit16/civic/instantpay"
	"audit16/civic/store"
)

// Reconciler settles instant charges whose notification never came.
type Reconciler struct {
	taxes *store.TaxStore
	bank  *instantpay.Client
	every time.Duration
}

func NewReconciler(taxes *store.TaxStore, bank *instantpay.Client, every time.Duration) *Reconciler {
	return &Reconciler{taxes: taxes, bank: bank, every: every}
}

// Run is the "reconcile_charges" task.
func (r *Reconciler) Run() error {
	ctx := context.Background()
	bills, err := r.taxes.PendingCharges(ctx)
	if err != nil {
		return err
	}
	for _, b := range bills {
		if err := r.settle(ctx, b); err != nil {
			log.Printf("reconcile: bill %s: %v", b.Ref, err)
		}
	}
	return nil
}

func (r *Reconciler) settle(ctx context.Context, b store.Bill) error {
	for { // want "\\[pollbound\\] loop polling payment b.ChargeID has no bound"
		ch, err := r.bank.ChargeStatus(ctx, b.ChargeID)
		if err != nil {
			log.Printf("reconcile: charge %s: %v", b.ChargeID, err)
			time.Sleep(r.every)
			continue
		}
		switch ch.Status {
		case instantpay.StatusSettled:
			if err := r.taxes.MarkBillPaid(ctx, b.ID, ch.EndToEndID); err != nil {
				return err
			}
			return r.taxes.AddPayment(ctx, b.AccountID, ch.AmountCents)
		case instantpay.StatusRejected, instantpay.StatusExpired:
			return r.taxes.MarkBillFailed(ctx, b.ID)
		}
		time.Sleep(r.every)
	}
}
