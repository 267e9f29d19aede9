// Package reservations implements the booking engine's reservation store.
package reservations

import (
	"context"
	"database/sql"
)

// Store keeps reservations in Postgres.
type Store struct {
	db *sql.DB
}

// NewStore is wired in app.
func NewStore(db *sql.DB) *Store { return &Store{db: db} }

// ConfirmBooking marks the reservation paid and releases the room hold.
func (s *Store) ConfirmBooking(ctx context.Context, ref string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE reservations SET payment_status = 'paid', status = 'confirmed' WHERE ref = $1`, ref)
	return err
}

// Lookup returns the reservation's display data for the thank-you page.
func (s *Store) Lookup(ctx context.Context, ref string) (string, error) {
	var guest string
	err := s.db.QueryRowContext(ctx, `SELECT guest_name FROM reservations WHERE ref = $1`, ref).Scan(&guest)
	return guest, err
}
