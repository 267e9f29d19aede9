package billing

import (
	"context"
	"fmt"
	"time"

	"audit22/telehealth/ach"
	"audit22/telehealth/domain"
)

// ConsultStore is what the refunder needs from the store.
type ConsultStore interface {
	Get(ctx context.Context, id string) (*domain.Consult, error)
	Cancel(ctx context.Context, id string, at time.Time) error
	MarkRefunded(ctx context.Context, id string) error
}

// Refunder refunds a cancelled consult on whatever rail paid for it.
type Refunder struct {
	consults ConsultStore
	cards    *Cards
	uk       *UKCards
	paypal   *PayPal
	ach      *ach.Client
	merchant string
}

// NewRefunder wires the rails.
func NewRefunder(s ConsultStore, cards *Cards, uk *UKCards, pp *PayPal, achc *ach.Client, merchantSource string) *Refunder {
	return &Refunder{consults: s, cards: cards, uk: uk, paypal: pp, ach: achc, merchant: merchantSource}
}

// RefundWindow is how late a patient may cancel for a full refund.
const RefundWindow = 24 * time.Hour

// Apply cancels the consult and refunds it when cancelled in time.
func (r *Refunder) Apply(ctx context.Context, consultID, fundingSource string, now time.Time) error {
	c, err := r.consults.Get(ctx, consultID)
	if err != nil {
		return err
	}
	if c.Status != domain.ConsultPaid {
		return r.consults.Cancel(ctx, consultID, now)
	}
	if err := r.consults.Cancel(ctx, consultID, now); err != nil {
		return err
	}
	if c.ScheduledAt.Sub(now) < RefundWindow {
		return nil
	}
	switch c.Method {
	case domain.MethodCard:
		if c.Region == "uk" {
			err = r.uk.Refund(ctx, c.ProviderRef, c.PriceCents, c.ID)
		} else {
			_, err = r.cards.Refund(ctx, c, c.PriceCents)
		}
	case domain.MethodPayPal:
		err = r.paypal.Refund(ctx, c.ProviderRef)
	case domain.MethodACH:
		_, err = r.ach.CreateCredit(ctx, ach.TransferRequest{Source: r.merchant, Destination: fundingSource, AmountCents: c.PriceCents, CorrelationID: c.ID})
	default:
		return fmt.Errorf("refund of %s consults is manual", c.Method)
	}
	if err != nil {
		return err
	}
	return r.consults.MarkRefunded(ctx, c.ID)
}
