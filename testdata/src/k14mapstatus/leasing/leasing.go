// Package leasing is the rental use case: it marks rentals paid or void
// through the store's interface, inside a transaction.
package leasing

import (
	"context"

	"k14mapstatus/rentals"
)

// Desk is the use case a webhook calls.
type Desk interface {
	Settle(ctx context.Context, id string) error
	Remark(ctx context.Context, id string) error
	Record(ctx context.Context, id string) error
}

// Leasing implements Desk.
type Leasing struct{ repo rentals.Repo }

var _ Desk = (*Leasing)(nil)

// New builds the use case.
func New(repo rentals.Repo) *Leasing { return &Leasing{repo: repo} }

// Settle marks the rental paid.
func (l *Leasing) Settle(ctx context.Context, id string) error {
	return l.move(ctx, id, rentals.Paid)
}

// Remark writes the word "paid" into the rental's note: text, not its state.
func (l *Leasing) Remark(ctx context.Context, id string) error {
	return l.repo.InTx(func(tx rentals.Repo) error { return tx.Annotate(id, "paid") })
}

// Record only appends "paid" to the audit trail.
func (l *Leasing) Record(ctx context.Context, id string) error {
	return l.repo.InTx(func(tx rentals.Repo) error { return tx.Trail(id, rentals.Paid) })
}

func (l *Leasing) move(ctx context.Context, id string, st rentals.State) error {
	return l.repo.InTx(func(tx rentals.Repo) error {
		return tx.SetState(id, st)
	})
}
