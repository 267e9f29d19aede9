// Package store holds the legacy sites' hand-written queries.
package store

import (
	"context"
	"database/sql"
)

// Store runs the legacy queries.
type Store struct{ db *sql.DB }

// New returns the store.
func New(db *sql.DB) *Store { return &Store{db: db} }

// Activate marks a lease paid up for a month and active.
func (s *Store) Activate(ctx context.Context, leaseID int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE unit_leases SET status = 'active', paid_through = now() + interval '1 month' WHERE id = $1`, leaseID)
	return err
}

// Welcome records the welcome page's visit.
func (s *Store) Welcome(ctx context.Context, leaseID int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE unit_leases SET welcomed_at = now() WHERE id = $1`, leaseID)
	return err
}
