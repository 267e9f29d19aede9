package store

import (
	"context"

	"github.com/jmoiron/sqlx"

	"audit9/mobility/domain"
)

// Fines is the sqlx-backed fines table.
type Fines struct {
	db *sqlx.DB
}

// NewFines returns a fine store.
func NewFines(db *sqlx.DB) *Fines { return &Fines{db: db} }

func (f *Fines) Pending(ctx context.Context, limit int) ([]domain.Fine, error) {
	var out []domain.Fine
	err := f.db.SelectContext(ctx, &out, `SELECT * FROM fines WHERE status = 'pending' ORDER BY created_at LIMIT $1`, limit)
	return out, err
}

func (f *Fines) Processing(ctx context.Context) ([]domain.Fine, error) {
	var out []domain.Fine
	err := f.db.SelectContext(ctx, &out, `SELECT * FROM fines WHERE status = 'processing'`)
	return out, err
}

func (f *Fines) SetIntent(ctx context.Context, id, intentID string) error {
	_, err := f.db.ExecContext(ctx, `UPDATE fines SET intent_id = $2, status = 'processing' WHERE id = $1`, id, intentID)
	return err
}

func (f *Fines) MarkPaid(ctx context.Context, id string) error {
	_, err := f.db.ExecContext(ctx, `UPDATE fines SET status = 'paid' WHERE id = $1`, id)
	return err
}

func (f *Fines) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := f.db.ExecContext(ctx, `UPDATE fines SET status = 'failed', failure = $2 WHERE id = $1`, id, reason)
	return err
}
