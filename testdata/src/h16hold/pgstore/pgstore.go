// Package pgstore keeps rentals and mandates in Postgres (database/sql).
package pgstore

import (
	"context"
	"database/sql"
)

// Rentals is the rental store.
type Rentals struct{ db *sql.DB }

// NewRentals returns the store.
func NewRentals(db *sql.DB) *Rentals { return &Rentals{db: db} }

// UpdateDeposit stores the deposit's payment state.
func (s *Rentals) UpdateDeposit(ctx context.Context, id, state string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE rentals SET payment_state = $1, updated_at = now() WHERE id = $2`, state, id)
	return err
}

// RentalLog appends to the rental's audit log.
type RentalLog struct{ db *sql.DB }

// NewRentalLog returns the log.
func NewRentalLog(db *sql.DB) *RentalLog { return &RentalLog{db: db} }

// UpdateDeposit logs the state the page saw.
func (l *RentalLog) UpdateDeposit(ctx context.Context, id, state string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE rental_audit_log SET payment_state = $1 WHERE rental_id = $2`, state, id)
	return err
}

// Mandates stores card mandates.
type Mandates struct{ db *sql.DB }

// NewMandates returns the store.
func NewMandates(db *sql.DB) *Mandates { return &Mandates{db: db} }

// SetStatus stores the mandate's status.
func (m *Mandates) SetStatus(ctx context.Context, id, status string) error {
	_, err := m.db.ExecContext(ctx, `UPDATE mandates SET status = $1 WHERE id = $2`, status, id)
	return err
}
