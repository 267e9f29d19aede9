// Package ckostore stores Checkout.com payments in SQL.
package ckostore

import (
	"context"
	"database/sql"
)

type Payments struct{ db *sql.DB }

func New(db *sql.DB) *Payments { return &Payments{db: db} }

// MarkCaptured stores the paid state.
func (s *Payments) MarkCaptured(ctx context.Context, id string, amount int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE payments SET status = 'paid', amount = $2 WHERE id = $1`, id, amount)
	return err
}
