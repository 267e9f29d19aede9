// Package pgstore keeps invoices in Postgres.
package pgstore

import (
	"context"
	"database/sql"
)

// Store is the invoice.Repo of production.
type Store struct{ db *sql.DB }

// New returns a Store over db.
func New(db *sql.DB) *Store { return &Store{db: db} }

// Status is the invoice's stored status.
func (s *Store) Status(ctx context.Context, id string) (string, error) {
	var status string
	err := s.db.QueryRowContext(ctx, `SELECT status FROM invoices WHERE id = $1`, id).Scan(&status)
	return status, err
}

// SetStatus stores the status it is handed.
func (s *Store) SetStatus(ctx context.Context, id, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE invoices SET status = $1, updated_at = now() WHERE id = $2`, status, id)
	return err
}

// Email is the invoice's billing address.
func (s *Store) Email(ctx context.Context, id string) (string, error) {
	var email string
	err := s.db.QueryRowContext(ctx, `SELECT billing_email FROM invoices WHERE id = $1`, id).Scan(&email)
	return email, err
}
