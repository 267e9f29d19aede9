// Package collect raises the Direct Debit payments of the invoices the
// store selects; the schedule package runs its passes.
package collect

import (
	"context"
	"log"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/google/uuid"

	"idempotency/storependingquery/store"
)

// Collector raises payments through GoCardless.
type Collector struct {
	gc       *gocardless.Service
	invoices *store.Invoices
}

func New(gc *gocardless.Service, invoices *store.Invoices) *Collector {
	return &Collector{gc: gc, invoices: invoices}
}

func params(inv store.Invoice) gocardless.PaymentCreateParams {
	return gocardless.PaymentCreateParams{
		Amount:   int(inv.AmountMinor),
		Currency: inv.Currency,
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
	}
}

// --- reported where the schedule runs them ---

// CollectDue creates each payment with the SDK's own random key; a
// failed create is only logged and the invoice stays pending.
func (c *Collector) CollectDue(ctx context.Context, period string) error {
	due, err := c.invoices.Due(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range due {
		p, err := c.gc.Payments.Create(ctx, params(inv))
		if err != nil {
			log.Printf("invoice %s: %v", inv.ID, err)
			continue
		}
		if err := c.invoices.SetRef(ctx, inv.ID, p.Id); err != nil {
			return err
		}
	}
	return nil
}

// CollectArrears keys each create by a uuid drawn on this run.
func (c *Collector) CollectArrears(ctx context.Context) error {
	open, err := c.invoices.Arrears(ctx)
	if err != nil {
		return err
	}
	for _, inv := range open {
		p, err := c.gc.Payments.Create(ctx, params(inv), gocardless.WithIdempotencyKey(uuid.NewString()))
		if err != nil {
			log.Printf("arrears %s: %v", inv.ID, err)
			continue
		}
		_ = c.invoices.SetRef(ctx, inv.ID, p.Id)
	}
	return nil
}

// --- silent ---

// CollectKeyed keys each create by the invoice: a re-run finds the same
// payment.
func (c *Collector) CollectKeyed(ctx context.Context, period string) error {
	due, err := c.invoices.Due(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range due {
		p, err := c.gc.Payments.Create(ctx, params(inv), gocardless.WithIdempotencyKey("invoice-"+inv.ID))
		if err != nil {
			log.Printf("invoice %s: %v", inv.ID, err)
			continue
		}
		_ = c.invoices.SetRef(ctx, inv.ID, p.Id)
	}
	return nil
}

// CollectClaimed claims each invoice before the create: the next run no
// longer selects it.
func (c *Collector) CollectClaimed(ctx context.Context, period string) error {
	due, err := c.invoices.Due(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range due {
		ok, err := c.invoices.Claim(ctx, inv.ID)
		if err != nil || !ok {
			continue
		}
		p, err := c.gc.Payments.Create(ctx, params(inv))
		if err != nil {
			log.Printf("invoice %s: %v", inv.ID, err)
			continue
		}
		_ = c.invoices.SetRef(ctx, inv.ID, p.Id)
	}
	return nil
}

// RefundLeavers walks cancelled invoices, which no payment leaves
// pending: the query selects no pending state.
func (c *Collector) RefundLeavers(ctx context.Context, period string) error {
	gone, err := c.invoices.Cancelled(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range gone {
		if _, err := c.gc.Refunds.Create(ctx, gocardless.RefundCreateParams{
			Amount:                  int(inv.AmountMinor),
			Links:                   gocardless.RefundCreateParamsLinks{Payment: inv.ID},
			TotalAmountConfirmation: int(inv.AmountMinor),
		}); err != nil {
			log.Printf("refund %s: %v", inv.ID, err)
		}
	}
	return nil
}

// CollectOnce is the same pass as CollectDue, but nothing schedules it
// (an operator's one-off command).
func (c *Collector) CollectOnce(ctx context.Context, period string) error {
	due, err := c.invoices.Due(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range due {
		if _, err := c.gc.Payments.Create(ctx, params(inv)); err != nil {
			log.Printf("invoice %s: %v", inv.ID, err)
		}
	}
	return nil
}
