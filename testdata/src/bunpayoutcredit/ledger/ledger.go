// Package ledger keeps a marketplace's seller payouts and balances in
// Postgres through bun.
package ledger

import (
	"context"

	"github.com/uptrace/bun"
)

// Payouts stores payouts and the sellers' balances.
type Payouts struct {
	db *bun.DB
}

// New makes the store.
func New(db *bun.DB) *Payouts { return &Payouts{db: db} }

// SetStatus overwrites a payout's status with the provider's answer (and
// counts the callbacks): it checks neither the previous status nor the
// rows affected.
func (p *Payouts) SetStatus(ctx context.Context, id, status string) error {
	_, err := p.db.NewUpdate().Table("payouts").
		Set("status = ?", status).
		Set("callbacks = callbacks + 1").
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// MoveIfStatus moves a payout from one status to another and says whether
// this call moved it (a compare-and-set).
func (p *Payouts) MoveIfStatus(ctx context.Context, id, from, to string) (bool, error) {
	res, err := p.db.NewUpdate().Table("payouts").
		Set("status = ?", to).
		Where("id = ? AND status = ?", id, from).
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// RecordCallback stores the callback's id once and says whether it is new.
func (p *Payouts) RecordCallback(ctx context.Context, callbackID string) (bool, error) {
	res, err := p.db.NewInsert().Table("payout_callbacks").
		Value("id", "?", callbackID).
		On("CONFLICT (id) DO NOTHING").
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Restore puts a bounced payout's amount back on the seller's balance.
func (p *Payouts) Restore(ctx context.Context, sellerID string, cents int64) error {
	_, err := p.db.NewUpdate().Table("sellers").
		Set("balance_cents = balance_cents + ?", cents).
		Where("id = ?", sellerID).
		Exec(ctx)
	return err
}

// CountBounce counts a seller's bounced payouts (bookkeeping, no money).
func (p *Payouts) CountBounce(ctx context.Context, sellerID string) error {
	_, err := p.db.NewUpdate().Table("sellers").
		Set("bounce_count = bounce_count + 1").
		Where("id = ?", sellerID).
		Exec(ctx)
	return err
}
