package worker

import (
	"context"
	"errors"
	"log/slog"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit11/freight/domain"
	"audit11/freight/stripepay"
)

// ProcessingSource lists invoices whose ACH debit is in flight.
type ProcessingSource interface {
	Processing(ctx context.Context) ([]domain.Invoice, error)
}

// BankTransfers follows ACH debits until Stripe reports a final state.
type BankTransfers struct {
	src      ProcessingSource
	invoices domain.InvoiceStore
	stripe   *stripepay.Client
	log      *slog.Logger
}

// NewBankTransfers returns the follower.
func NewBankTransfers(src ProcessingSource, inv domain.InvoiceStore, sp *stripepay.Client, log *slog.Logger) *BankTransfers {
	return &BankTransfers{src: src, invoices: inv, stripe: sp, log: log}
}

// Run checks every processing invoice once.
func (b *BankTransfers) Run(ctx context.Context) error {
	invs, err := b.src.Processing(ctx)
	if err != nil {
		return err
	}
	for _, inv := range invs {
		if err := b.follow(ctx, inv); err != nil {
			b.log.Warn("bank transfer", "invoice", inv.Number, "err", err)
		}
	}
	return nil
}

var errTransferTimeout = errors.New("bank transfer still processing")

func (b *BankTransfers) follow(ctx context.Context, inv domain.Invoice) error {
	ctx, cancel := context.WithTimeout(ctx, domain.BankTransferMaxWait)
	defer cancel()
	tick := time.NewTicker(domain.BankTransferPollEvery) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return errTransferTimeout
		case <-tick.C:
		}
		pi, err := b.stripe.Status(ctx, inv.ProviderRef)
		if err != nil {
			b.log.Debug("status read failed", "invoice", inv.Number, "err", err)
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return b.invoices.MarkPaid(ctx, inv.ID, pi.ID)
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return b.invoices.SetStatus(ctx, inv.ID, domain.InvoiceFailed)
		}
	}
}
