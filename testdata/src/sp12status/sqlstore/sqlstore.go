// Package sqlstore keeps orders in Postgres through sqlx.
package sqlstore

import (
	"context"

	"github.com/jmoiron/sqlx"
)

type Store struct{ db *sqlx.DB }

func New(db *sqlx.DB) *Store { return &Store{db: db} }

// SetState stores the state it is handed.
func (s *Store) SetState(ctx context.Context, ref, state string) error {
	s.db.MustExecContext(ctx, `UPDATE orders SET status = $1 WHERE ref = $2`, state, ref)
	return nil
}
