// Package store keeps ferry tickets in Postgres.
package store

import (
	"context"
	"database/sql"
)

// Tickets is the ticket store.
type Tickets struct{ db *sql.DB }

// NewTickets returns the store.
func NewTickets(db *sql.DB) *Tickets { return &Tickets{db: db} }

// MarkPaid marks the tickets of a payment paid.
func (t *Tickets) MarkPaid(ctx context.Context, paymentID string) error {
	_, err := t.db.ExecContext(ctx, `UPDATE tickets SET status = 'paid' WHERE payment_id = $1 AND status = 'open'`, paymentID)
	return err
}
