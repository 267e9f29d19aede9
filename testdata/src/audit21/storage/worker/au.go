package worker

import (
	"context"
	"fmt"
	"time"

	"audit21/storage/aupay"
	"audit21/storage/store"
)

func (w *Worker) runAUTokens(ctx context.Context) error {
	return w.each(ctx, "open", "aupay", func(inv store.DueInvoice) {
		ok, err := w.st.ClaimInvoice(ctx, inv.ID)
		if err != nil || !ok {
			return
		}
		txn, err := w.au.ChargeToken(ctx, aupay.TokenCharge{
			Token:     inv.PaymentPM,
			Amount:    inv.AmountPence,
			Currency:  inv.Currency,
			Narrative: "BOX+LOCK STORAGE RENT",
			Recurring: true,
			Metadata:  map[string]string{"invoice": fmt.Sprint(inv.ID)},
		})
		if err != nil {
			w.log.Warn("au rent failed", "invoice", inv.ID, "err", err)
			_ = w.st.SetInvoiceStatus(ctx, inv.ID, "failed", "")
			return
		}
		_ = w.st.SetInvoiceStatus(ctx, inv.ID, "submitted", txn.ID)
		if txn.Status == "PENDING" {
			id, invID := txn.ID, inv.ID
			go func() {
				status := "failed"
				if w.settle(id) == "APPROVED" {
					status = "paid"
				}
				_ = w.st.SetInvoiceStatus(context.Background(), invID, status, id)
			}()
		}
	})
}

// settle follows a tokenised charge the acquirer parked as PENDING.
func (w *Worker) settle(id string) string {
	st := "PENDING"
	for st == "PENDING" { // want "\\[pollbound\\] loop polling payment id has no bound: no ctx\\.Done\\(\\), deadline, attempt cap"
		time.Sleep(10 * time.Second)
		t, err := w.au.Status(context.Background(), id)
		if err != nil {
			w.log.Warn("au status", "txn", id, "err", err)
			continue
		}
		st = t.Status
	}
	return st
}

// reconcileAU reads back every submitted AU charge once and records the
// gateway's answer. It runs every two hours.
func (w *Worker) reconcileAU(ctx context.Context) error {
	return w.each(ctx, "submitted", "aupay", func(inv store.DueInvoice) {
		if inv.ProviderRef == "" {
			return
		}
		t, err := w.au.Status(ctx, inv.ProviderRef)
		if err != nil {
			w.log.Warn("au reconcile", "invoice", inv.ID, "err", err)
			return
		}
		switch t.Status {
		case "APPROVED":
			_ = w.st.SetInvoiceStatus(ctx, inv.ID, "paid", t.ID)
		case "DECLINED", "REVERSED":
			_ = w.st.SetInvoiceStatus(ctx, inv.ID, "failed", t.ID)
		}
		time.Sleep(250 * time.Millisecond) // audit: lookalike pollinterval: a short pause between different invoices of one batch, each read once, not a poll of one payment
	})
}
