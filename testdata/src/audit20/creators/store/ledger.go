package store

import (
	"context"

	"github.com/uptrace/bun"
)

// Ledger is the payout ledger.
type Ledger struct{ db *bun.DB }

// NewLedger wraps the bun handle.
func NewLedger(db *bun.DB) *Ledger { return &Ledger{db: db} }

// Due lists payouts that still have to go out.
func (l *Ledger) Due(ctx context.Context) ([]Payout, error) {
	var out []Payout
	err := l.db.NewSelect().Model(&out).
		Where("status IN (?, ?)", "pending", "sending").
		Order("created_at").
		Limit(200).
		Scan(ctx)
	return out, err
}

// MarkSending records that a payout was handed to its rail.
func (l *Ledger) MarkSending(ctx context.Context, id, ref string) error {
	_, err := l.db.NewUpdate().Table("payouts").
		Set("status = ?", "sending").
		Set("external_ref = ?", ref).
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// MarkPaid closes a payout.
func (l *Ledger) MarkPaid(ctx context.Context, id string) error {
	_, err := l.db.NewUpdate().Table("payouts").
		Set("status = ?", "paid").
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// MarkFailed flags a payout for the finance team.
func (l *Ledger) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := l.db.NewUpdate().Table("payouts").
		Set("status = ?", "failed").
		Set("failure_reason = ?", reason).
		Where("id = ?", id).
		Exec(ctx)
	return err
}
