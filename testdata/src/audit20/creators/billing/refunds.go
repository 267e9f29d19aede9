package billing

import (
	"context"
	"fmt"

	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/store"
)

// Refunds issues (partial) refunds of download purchases paid with Stripe.
type Refunds struct {
	sc        *stripe.Client
	purchases *store.Purchases
}

// NewRefunds builds a Refunds.
func NewRefunds(sc *stripe.Client, purchases *store.Purchases) *Refunds {
	return &Refunds{sc: sc, purchases: purchases}
}

// Apply refunds amountCents of a purchase. Support uses partial refunds
// for bundles where one file was broken.
func (r *Refunds) Apply(ctx context.Context, purchaseID string, amountCents int64, reason string) error {
	p, err := r.purchases.Get(ctx, purchaseID)
	if err != nil {
		return err
	}
	if p.Status == store.PurchaseRefunded {
		return nil
	}
	if _, err := r.sc.V1Refunds.Create(ctx, refundParams(p, amountCents, reason)); err != nil { // audit: reported at worker/worker.go:83 (idempotency, where the machinery task calls Apply): the refund task is redelivered by machinery (RetryCount 3 in worker.Queue.RefundDownload) and refundParams makes a new uuid key each time, so a refund whose answer was lost is issued again
		return fmt.Errorf("refund %s: %w", p.ID, err)
	}
	if amountCents >= p.AmountCents {
		return r.purchases.MarkRefunded(ctx, p.ID)
	}
	return nil
}

func refundParams(p *store.Purchase, amountCents int64, reason string) *stripe.RefundCreateParams {
	params := &stripe.RefundCreateParams{
		PaymentIntent: stripe.String(p.ProviderRef),
		Amount:        stripe.Int64(amountCents),
		Reason:        stripe.String(reason),
	}
	params.Metadata = map[string]string{"purchase_id": p.ID}
	params.SetIdempotencyKey(uuid.NewString())
	return params
}
