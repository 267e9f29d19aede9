package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments"

	"audit11/freight/ckopay"
	"audit11/freight/domain"
	"audit11/freight/stripepay"
)

// Collector charges overdue invoices to the payment method on file.
type Collector struct {
	invoices domain.InvoiceStore
	cards    *ckopay.Client
	ach      *stripepay.Client
	log      *slog.Logger
}

// NewCollector returns a Collector.
func NewCollector(inv domain.InvoiceStore, cards *ckopay.Client, ach *stripepay.Client, log *slog.Logger) *Collector {
	return &Collector{invoices: inv, cards: cards, ach: ach, log: log}
}

// cardSettled polls a Checkout.com payment for up to two minutes. It
// reports false when the payment is still pending at the end.
func (c *Collector) cardSettled(ctx context.Context, paymentID string) (bool, error) {
	for i := 0; i < 24; i++ {
		d, err := c.cards.Details(ctx, paymentID)
		if err != nil {
			return false, err
		}
		switch d.Status {
		case payments.Captured, payments.Authorized:
			return true, nil
		case payments.Declined:
			return false, ckopay.ErrDeclined
		}
		time.Sleep(5 * time.Second)
	}
	return false, nil
}

// CollectCard charges an overdue invoice to the shipper's card.
func (c *Collector) CollectCard(ctx context.Context, invoiceID string) error {
	inv, err := c.invoices.Get(ctx, invoiceID)
	if err != nil {
		return err
	}
	if inv.Status == domain.InvoicePaid {
		return nil
	}
	for round := 0; round < 3; round++ {
		p, err := c.cards.Authorize(ctx, inv) // want `\[idempotency\] ckopay.Client.Authorize \(checkout-sdk Payments.RequestPaymentWithContext\) is made again` `\[pollcreate\] payment ckopay.Client.Authorize \(checkout-sdk Payments.RequestPaymentWithContext\) made again`
		if err != nil {
			return err
		}
		if err := c.invoices.AttachProviderRef(ctx, inv.ID, p.Id); err != nil {
			return err
		}
		ok, err := c.cardSettled(ctx, p.Id)
		if err != nil {
			return err
		}
		if ok {
			return c.invoices.MarkPaid(ctx, inv.ID, p.Id)
		}
		c.log.Info("card payment not settled yet", "invoice", inv.Number, "payment", p.Id, "round", round)
	}
	return fmt.Errorf("card payment for %s not settled", inv.Number)
}

// CollectACH debits an overdue invoice from the shipper's bank account.
func (c *Collector) CollectACH(ctx context.Context, invoiceID, bankPM string) error {
	inv, err := c.invoices.Get(ctx, invoiceID)
	if err != nil {
		return err
	}
	if inv.Status != domain.InvoiceOpen {
		return nil
	}
	pi, err := c.ach.ChargeACH(ctx, inv, bankPM)
	if err != nil {
		return err
	}
	if err := c.invoices.AttachProviderRef(ctx, inv.ID, pi.ID); err != nil {
		return err
	}
	return c.invoices.SetStatus(ctx, inv.ID, domain.InvoiceProcessing)
}

// OverdueSource lists unpaid invoices past their due date.
type OverdueSource interface {
	Overdue(ctx context.Context, limit int) ([]domain.Invoice, error)
}

// RunOverdue charges every overdue invoice to the card on file, one at a
// time.
func (c *Collector) RunOverdue(ctx context.Context, src OverdueSource) error {
	invs, err := src.Overdue(ctx, 50)
	if err != nil {
		return err
	}
	var errs []error
	for _, inv := range invs {
		if err := c.CollectCard(ctx, inv.ID); err != nil {
			c.log.Warn("collect card", "invoice", inv.Number, "err", err)
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
