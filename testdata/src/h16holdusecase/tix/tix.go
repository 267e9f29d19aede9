// Package tix keeps seat reservations in Postgres (database/sql).
package tix

import (
	"context"
	"database/sql"
)

// Seats is the reservation store.
type Seats struct{ db *sql.DB }

// NewSeats returns the store.
func NewSeats(db *sql.DB) *Seats { return &Seats{db: db} }

// SetChargeState stores the reservation's charge state.
func (s *Seats) SetChargeState(ctx context.Context, id, st string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE seat_reservations SET charge_state = $1 WHERE id = $2`, st, id)
	return err
}
