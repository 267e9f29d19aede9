// Package workers holds the portal's background jobs, run as machinery
// tasks: the nightly refund of overpaid council tax, reconciliation of
// instant charges, permit document OCR and citizen notices.
package workers

import (
	"context"
	"errors"
	"log"
	"time"

	"audit16/civic/instantpay"
	"audit16/civic/kit"
	"audit16/civic/store"
)

// Refunds pays back overpaid council tax every night.
type Refunds struct {
	taxes *store.TaxStore
	bank  *instantpay.Client
	locks *store.Locks
}

func NewRefunds(taxes *store.TaxStore, bank *instantpay.Client, locks *store.Locks) *Refunds {
	return &Refunds{taxes: taxes, bank: bank, locks: locks}
}

func permanentIPS(err error) error {
	var ae *instantpay.APIError
	if errors.As(err, &ae) && !ae.Temporary() {
		return kit.Permanent(err)
	}
	return err
}

// Run is the "refund_overpaid" task.
func (w *Refunds) Run(day string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Hour)
	defer cancel()
	ok, err := w.locks.Acquire(ctx, "refunds:"+day, 4*time.Hour)
	if err != nil || !ok {
		return err
	}
	accounts, err := w.taxes.Overpaid(ctx)
	if err != nil {
		return err
	}
	for _, a := range accounts {
		if err := w.refund(ctx, a, day); err != nil {
			log.Printf("refunds: account %s: %v", a.Ref, err)
			continue
		}
		if err := w.taxes.MarkRefunded(ctx, a.ID, a.OverpaidCents); err != nil {
			return err
		}
	}
	return nil
}

func (w *Refunds) refund(ctx context.Context, a store.TaxAccount, day string) error {
	if a.LastChargeID != "" {
		e2e := "RT" + day + a.Ref
		return w.bank.ReturnCharge(ctx, a.LastChargeID, a.OverpaidCents, e2e)
	}
	return kit.Do(ctx, 4, func(ctx context.Context) error {
		err := w.bank.Credit(ctx, instantpay.CreditTransfer{EndToEndID: instantpay.NewEndToEndID("RF"), IBAN: a.RefundIBAN, AmountCents: a.OverpaidCents, Remittance: "Council tax overpayment " + a.Ref}) // want "\\[idempotency\\] instantpay.Client.Credit .POST /ips/v2/credit-transfers. is retried by kit.Do"
		return permanentIPS(err)
	})
}
