package dunning

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit12/fitness/domain"
	"audit12/fitness/kit"
)

// BackupCardRecovery charges a member's backup card after the primary card
// was declined for good.
type BackupCardRecovery struct {
	sc       *stripe.Client
	invoices domain.InvoiceStore
}

func NewBackupCardRecovery(sc *stripe.Client, invoices domain.InvoiceStore) *BackupCardRecovery {
	return &BackupCardRecovery{sc: sc, invoices: invoices}
}

// Charge charges inv on the backup payment method pm.
func (b *BackupCardRecovery) Charge(ctx context.Context, m domain.Member, inv domain.Invoice, pm string) error {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(inv.AmountCents),
		Currency:      stripe.String(inv.Currency),
		Customer:      stripe.String(m.StripeCustomerID),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"invoice_id": inv.ID, "recovery": "backup_card"},
	}
	var pi *stripe.PaymentIntent
	err := kit.Retry(ctx, 4, time.Second, func(ctx context.Context) error {
		var err error
		pi, err = b.sc.V1PaymentIntents.Create(ctx, params) // want "\\[idempotency\\] stripe V1PaymentIntents.Create is retried by kit.Retry .* without an idempotency key"
		return err
	})
	if err != nil {
		return err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return domain.ErrDeclined
	}
	return b.invoices.MarkPaid(ctx, inv.ID, pi.ID)
}
