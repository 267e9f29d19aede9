package workers

import (
	"context"
	"fmt"
	"log"
	"time"

	"audit19/giftcards/domain"
	"audit19/giftcards/wise"
)

// Batches is the corporate store as the funder sees it.
type Batches interface {
	UnfundedBatches(ctx context.Context, limit int) ([]domain.VoucherBatch, error)
	MarkFunded(ctx context.Context, batchID string, transferID int64) error
}

// Funder moves the money of paid corporate invoices from the Wise balance
// to the voucher settlement account, one transfer per batch.
type Funder struct {
	wise       *wise.Client
	batches    Batches
	settlement int64
	currency   string
}

// NewFunder builds the funder.
func NewFunder(w *wise.Client, b Batches, settlementAccount int64, currency string) *Funder {
	return &Funder{wise: w, batches: b, settlement: settlementAccount, currency: currency}
}

// Run funds every unfunded batch (cron entry).
func (f *Funder) Run() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Minute)
	defer cancel()
	batches, err := f.batches.UnfundedBatches(ctx, 100)
	if err != nil {
		log.Printf("funder: %v", err)
		return
	}
	for _, b := range batches {
		if err := f.fund(ctx, b); err != nil {
			log.Printf("funder: batch %s: %v", b.ID, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (f *Funder) fund(ctx context.Context, b domain.VoucherBatch) error {
	for pass := 0; pass < 3; pass++ {
		q, err := f.wise.CreateQuote(ctx, b.Currency, f.currency, b.AmountMinor)
		if err != nil {
			return err
		}
		t, err := f.wise.CreateTransfer(ctx, q.ID, f.settlement, "Vouchers "+b.InvoiceNo) // want "\\[idempotency\\] wise.Client.CreateTransfer \\(POST /v1/transfers\\) is retried by a for loop \\(line 51\\) but CreateTransfer makes a new idempotency key on every call" "\\[pollcreate\\] payment wise.Client.CreateTransfer \\(POST /v1/transfers\\) made again on every pass of the loop \\(line 51\\) after wise.Client.WaitFunded \\(line 63\\) stops waiting while the payment may still be pending"
		if err != nil {
			return err
		}
		if err := f.wise.Fund(ctx, t.ID); err != nil {
			return err
		}
		ok, err := f.wise.WaitFunded(ctx, t.ID, 10*time.Minute)
		if err != nil {
			return err
		}
		if ok {
			return f.batches.MarkFunded(ctx, b.ID, t.ID)
		}
	}
	return fmt.Errorf("batch %s not funded after 3 transfers", b.ID)
}

// Settle follows a funded batch's transfer until it left Wise.
func (f *Funder) Settle(ctx context.Context, transferID int64) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	return f.wise.WaitSent(ctx, transferID)
}
