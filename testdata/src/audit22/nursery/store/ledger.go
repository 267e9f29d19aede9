package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Ledger is the family account ledger (pgx, separate database).
type Ledger struct {
	pool *pgxpool.Pool
}

func NewLedger(pool *pgxpool.Pool) *Ledger { return &Ledger{pool: pool} }

// RecordEvent stores a provider event id; false when it was already stored.
func (l *Ledger) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := l.pool.Exec(ctx, `INSERT INTO provider_events (provider, event_id, received_at) VALUES ($1, $2, now()) ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Credit adds a payment received to the family's account balance.
func (l *Ledger) Credit(ctx context.Context, familyID string, minor int64, ref string) error {
	_, err := l.pool.Exec(ctx, `UPDATE family_accounts SET balance_minor = balance_minor + $2, updated_at = now() WHERE family_id = $1`, familyID, minor)
	if err != nil {
		return err
	}
	_, err = l.pool.Exec(ctx, `INSERT INTO ledger_entries (family_id, amount_minor, reference, kind) VALUES ($1, $2, $3, 'payment')`, familyID, minor, ref)
	return err
}

// FamilyForTerminal finds the family a front-desk checkout was taken for.
func (l *Ledger) FamilyForTerminal(ctx context.Context, checkoutID string) (string, error) {
	var fam string
	err := l.pool.QueryRow(ctx, `SELECT family_id FROM desk_checkouts WHERE checkout_id = $1`, checkoutID).Scan(&fam)
	return fam, err
}

func (l *Ledger) SaveDeskCheckout(ctx context.Context, checkoutID, familyID string, minor int64) error {
	_, err := l.pool.Exec(ctx, `INSERT INTO desk_checkouts (checkout_id, family_id, amount_minor) VALUES ($1, $2, $3)`, checkoutID, familyID, minor)
	return err
}
