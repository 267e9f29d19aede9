// Package owners pays property owners their share of collected rent.
package owners

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"audit9/rentals/ledger"
	"audit9/rentals/payouts"
)

const transferPollEvery = 15 * time.Second

// Transfers is the part of the bank-transfer API the worker needs.
type Transfers interface {
	CreateTransfer(ctx context.Context, tr payouts.TransferRequest) (*payouts.Transfer, error)
	GetTransfer(ctx context.Context, id string) (*payouts.Transfer, error)
}

// Store is the part of the ledger the worker needs.
type Store interface {
	PendingDisbursements(ctx context.Context) ([]ledger.Disbursement, error)
	MarkDisbursementSent(ctx context.Context, id, transferID string) error
	SetDisbursementStatus(ctx context.Context, id, status string) error
	DisbursementForCharge(ctx context.Context, chargeID string) (*ledger.Disbursement, error)
}

// Worker sends pending disbursements.
type Worker struct {
	store     Store
	transfers Transfers
	log       *slog.Logger
}

// NewWorker returns a Worker.
func NewWorker(store Store, transfers Transfers, log *slog.Logger) *Worker {
	return &Worker{store: store, transfers: transfers, log: log}
}

// RunOnce sends every pending disbursement and records its outcome.
func (w *Worker) RunOnce(ctx context.Context) error {
	ds, err := w.store.PendingDisbursements(ctx)
	if err != nil {
		return err
	}
	for _, d := range ds {
		t, err := w.transfers.CreateTransfer(ctx, payouts.TransferRequest{
			FundingSource: d.FundingSource,
			Destination:   d.Destination,
			Amount:        d.Amount,
			Currency:      d.Currency,
			Reference:     d.ID,
		})
		if err != nil {
			w.log.Error("disbursement transfer", "disbursement", d.ID, "err", err)
			continue
		}
		if err := w.store.MarkDisbursementSent(ctx, d.ID, t.ID); err != nil {
			return err
		}
		status, err := w.waitTransfer(ctx, t.ID)
		if err != nil {
			return err
		}
		if err := w.store.SetDisbursementStatus(ctx, d.ID, status); err != nil {
			return err
		}
	}
	return nil
}

func (w *Worker) waitTransfer(ctx context.Context, id string) (string, error) {
	for { // want "\\[pollbound\\] loop polling payment id has no bound: no ctx.Done\\(\\), deadline, attempt cap or timeout, and read errors are swallowed \\(line 77\\)"
		t, err := w.transfers.GetTransfer(ctx, id)
		if err != nil {
			w.log.Warn("transfer status", "transfer", id, "err", err)
			time.Sleep(transferPollEvery)
			continue
		}
		switch t.Status {
		case payouts.StatusCompleted:
			return t.Status, nil
		case payouts.StatusFailed, payouts.StatusCancelled, payouts.StatusReturned:
			return t.Status, fmt.Errorf("transfer %s %s", id, t.Status)
		}
		time.Sleep(transferPollEvery)
	}
}

// PayOwner sends the owner's share of a paid charge right away.
func (w *Worker) PayOwner(ctx context.Context, chargeID string) error {
	d, err := w.store.DisbursementForCharge(ctx, chargeID)
	if err != nil {
		return err
	}
	if d.Status != "pending" {
		return nil
	}
	t, err := w.transfers.CreateTransfer(ctx, payouts.TransferRequest{
		FundingSource: d.FundingSource,
		Destination:   d.Destination,
		Amount:        d.Amount,
		Currency:      d.Currency,
		Reference:     d.ID,
	})
	if err != nil {
		return err
	}
	return w.store.MarkDisbursementSent(ctx, d.ID, t.ID)
}
