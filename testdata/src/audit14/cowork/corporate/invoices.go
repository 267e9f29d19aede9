// Package corporate collects corporate invoices through the bank's
// instant-payment API.
package corporate

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/google/uuid"

	"audit14/cowork/bankpay"
	"audit14/cowork/store"
)

// ErrTransferFailed is returned when the bank ends a transfer unpaid.
var ErrTransferFailed = errors.New("corporate: transfer failed")

// Bank is the part of the bank client the collector needs.
type Bank interface {
	CreateTransfer(ctx context.Context, tr bankpay.TransferRequest, ref string) (*bankpay.Transfer, error)
	Transfer(ctx context.Context, id string) (*bankpay.Transfer, error)
	RefundTransfer(ctx context.Context, id string, amountCents int64, ref string) (*bankpay.Transfer, error)
}

// Collector requests and tracks invoice payments.
type Collector struct {
	bank     Bank
	invoices *store.Members
	maxWait  time.Duration
}

// NewCollector returns a collector; maxWait bounds how long one
// request-to-pay is watched before the caller is told it is still pending.
func NewCollector(bank Bank, invoices *store.Members, maxWait time.Duration) *Collector {
	return &Collector{bank: bank, invoices: invoices, maxWait: maxWait}
}

func transferFor(inv *store.CorporateInvoice) bankpay.TransferRequest {
	return bankpay.TransferRequest{
		DebtorIBAN:  inv.IBAN,
		AmountCents: inv.AmountCents,
		Currency:    inv.Currency,
		Remittance:  "Invoice " + inv.Number,
	}
}

// SettleInvoice sends one request-to-pay for the invoice and waits for it.
func (c *Collector) SettleInvoice(ctx context.Context, number string) error {
	inv, err := c.invoices.Invoice(ctx, number)
	if err != nil {
		return err
	}
	t, err := c.bank.CreateTransfer(ctx, transferFor(inv), "inv-"+inv.Number)
	if err != nil {
		return err
	}
	if err := c.invoices.SetInvoiceTransfer(ctx, inv.Number, t.ID, "requested"); err != nil {
		return err
	}
	settled, err := c.awaitSettled(ctx, t.ID)
	if err != nil {
		return c.invoices.SetInvoiceTransfer(ctx, inv.Number, t.ID, "failed")
	}
	if !settled {
		return nil // the reconciler picks it up
	}
	return c.invoices.SetInvoiceTransfer(ctx, inv.Number, t.ID, "paid")
}

// awaitSettled watches a transfer until it settles or fails. It returns
// (false, nil) when maxWait passes with the transfer still in flight.
func (c *Collector) awaitSettled(ctx context.Context, transferID string) (bool, error) {
	deadline := time.Now().Add(c.maxWait)
	wait := 2 * time.Second
	for time.Now().Before(deadline) {
		t, err := c.bank.Transfer(ctx, transferID)
		if err != nil {
			return false, err
		}
		switch t.State {
		case bankpay.StateSettled:
			return true, nil
		case bankpay.StateRejected, bankpay.StateExpired, bankpay.StateCancelled:
			return false, fmt.Errorf("%w: %s %s", ErrTransferFailed, t.State, t.Reason)
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, 30*time.Second)
	}
	return false, nil
}

// CollectOverdue pushes up to three payment requests to the company's
// banking app for an overdue invoice.
func (c *Collector) CollectOverdue(ctx context.Context, number string) error {
	inv, err := c.invoices.Invoice(ctx, number)
	if err != nil {
		return err
	}
	for round := 0; round < 3; round++ {
		t, err := c.bank.CreateTransfer(ctx, transferFor(inv), uuid.NewString()) // want "\\[idempotency\\] corporate.Bank.CreateTransfer \\(POST /v2/transfers\\) is retried by a for loop \\(line 106\\)" "\\[pollcreate\\] payment corporate.Bank.CreateTransfer \\(POST /v2/transfers\\) made again on every pass of the loop \\(line 106\\) after corporate.Collector.awaitSettled"
		if err != nil {
			return err
		}
		_ = c.invoices.SetInvoiceTransfer(ctx, inv.Number, t.ID, "requested")
		settled, err := c.awaitSettled(ctx, t.ID)
		if err != nil {
			return err
		}
		if settled {
			return c.invoices.SetInvoiceTransfer(ctx, inv.Number, t.ID, "paid")
		}
		log.Printf("corporate: invoice %s not approved yet, sending a reminder request", inv.Number)
	}
	return fmt.Errorf("corporate: invoice %s still unpaid", inv.Number)
}

// Reconcile follows one transfer in the background until the bank reports
// a final state, and stores it on the invoice.
func (c *Collector) Reconcile(ctx context.Context, number, transferID string) {
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for { // want "\\[pollbound\\] loop polling payment transferID has no bound"
		<-tick.C
		t, err := c.bank.Transfer(ctx, transferID)
		if err != nil {
			log.Printf("corporate: reconcile %s: %v", transferID, err)
			continue
		}
		switch t.State {
		case bankpay.StateSettled:
			_ = c.invoices.SetInvoiceTransfer(ctx, number, transferID, "paid")
			return
		case bankpay.StateRejected, bankpay.StateExpired, bankpay.StateCancelled:
			_ = c.invoices.SetInvoiceTransfer(ctx, number, transferID, "failed")
			return
		}
	}
}

// CreditNote refunds part of a paid invoice, once per credit note.
func (c *Collector) CreditNote(ctx context.Context, number, noteID string, amountCents int64) error {
	inv, err := c.invoices.Invoice(ctx, number)
	if err != nil {
		return err
	}
	_, err = c.bank.RefundTransfer(ctx, inv.TransferID, amountCents, "cn-"+noteID)
	return err
}
