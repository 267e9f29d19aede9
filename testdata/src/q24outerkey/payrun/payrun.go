// Package payrun pays drivers their earnings through a Disburser the
// binary wires in, retrying each disbursement with cenkalti/backoff.
package payrun

import (
	"context"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"

	"q24outerkey/bankx"
)

// Disburser sends one disbursement keyed by dedupe.
type Disburser interface {
	Disburse(ctx context.Context, d bankx.Disbursement, dedupe string) (string, error)
}

// Row is one driver's unpaid earnings.
type Row struct {
	ID      int64
	Account string
	Amount  int64
}

func disbursement(r Row) bankx.Disbursement {
	return bankx.Disbursement{Account: r.Account, Amount: r.Amount}
}

// runRef makes a reference for a run: a new one on every call.
func runRef(r Row) string { return fmt.Sprintf("drv-%d-%s", r.ID, uuid.NewString()) }

// Nightly retries each disbursement with a reference made inside the
// operation: every attempt hands the bank a new key (the mistake).
type Nightly struct{ d Disburser }

// NewNightly returns the nightly run.
func NewNightly(d Disburser) *Nightly { return &Nightly{d: d} }

// Run pays every row.
func (n *Nightly) Run(ctx context.Context, rows []Row) {
	for _, r := range rows {
		_ = backoff.Retry(func() error {
			_, err := n.d.Disburse(ctx, disbursement(r), runRef(r))
			return err
		}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
	}
}

// Weekly keys each disbursement by the row and the week's start, the
// same on every attempt.
type Weekly struct{ d Disburser }

// NewWeekly returns the weekly run.
func NewWeekly(d Disburser) *Weekly { return &Weekly{d: d} }

// Run pays every row of the week starting at week.
func (w *Weekly) Run(ctx context.Context, rows []Row, week time.Time) {
	for _, r := range rows {
		_ = backoff.Retry(func() error {
			_, err := w.d.Disburse(ctx, disbursement(r), fmt.Sprintf("drv-%d-%s", r.ID, week.Format("2006-01-02")))
			return err
		}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
	}
}

// OnDemand makes the reference once, before retrying.
type OnDemand struct{ d Disburser }

// NewOnDemand returns the back office's single payout.
func NewOnDemand(d Disburser) *OnDemand { return &OnDemand{d: d} }

// Pay pays one row.
func (o *OnDemand) Pay(ctx context.Context, r Row) error {
	ref := runRef(r)
	return backoff.Retry(func() error {
		_, err := o.d.Disburse(ctx, disbursement(r), ref)
		return err
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}
