package collections

import (
	"context"
	"fmt"
	"strconv"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit19/lending/providers/flutterwave"
	"audit19/lending/store"
)

// Reconciler settles disbursements whose result callback never arrived.
type Reconciler struct {
	w          *Worker
	resendWait time.Duration
}

// NewReconciler returns a Reconciler that re-sends a bank transfer that
// has been pending for longer than resendWait.
func NewReconciler(w *Worker, resendWait time.Duration) *Reconciler {
	return &Reconciler{w: w, resendWait: resendWait}
}

// RunOnce reconciles every Flutterwave disbursement older than 10 minutes.
func (r *Reconciler) RunOnce(ctx context.Context) error {
	pending, err := r.w.st.PendingDisbursements(ctx, "flutterwave", 10*time.Minute)
	if err != nil {
		return err
	}
	for _, d := range pending {
		if err := r.settle(ctx, d); err != nil {
			r.w.log.Warn("reconcile", "disbursement", d.ID, "err", err)
		}
	}
	return nil
}

func (r *Reconciler) settle(ctx context.Context, d store.Disbursement) error {
	id, err := strconv.ParseInt(d.ProviderID, 10, 64)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	started := time.Now()
	for {
		tr, err := r.w.fw.GetTransfer(ctx, id)
		if err != nil {
			return err
		}
		switch tr.Status {
		case flutterwave.StatusSuccessful:
			return r.w.st.SetDisbursementStatus(ctx, d.ID, store.DisbursementCompleted)
		case flutterwave.StatusFailed:
			return r.w.st.SetDisbursementStatus(ctx, d.ID, store.DisbursementFailed)
		}
		if time.Since(started) > r.resendWait {
			fresh, err := r.w.fw.CreateTransfer(ctx, flutterwave.TransferRequest{ // want "\\[pollcreate\\] new payment created inside the loop that polls payment id"
				AccountBank:   d.BankCode,
				AccountNumber: d.Account,
				Amount:        d.Amount,
				Currency:      d.Currency,
				Narration:     "Loan " + d.LoanID,
				Reference:     fmt.Sprintf("disb_%s_r%d", d.ID, started.Unix()),
			})
			if err != nil {
				return err
			}
			id, started = fresh.ID, time.Now()
			if err := r.w.st.SetDisbursementProvider(ctx, d.ID, fmt.Sprint(fresh.ID)); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(15 * time.Second):
		}
	}
}

// WatchDirectDebit follows a GoCardless payment after submission so the
// dashboard shows it as collected without waiting for the webhook.
func (r *Reconciler) WatchDirectDebit(ctx context.Context, paymentID string) (*gocardless.Payment, error) {
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := r.w.payments.Get(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		if p.Status == "confirmed" || p.Status == "paid_out" {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Minute):
		}
	}
}
