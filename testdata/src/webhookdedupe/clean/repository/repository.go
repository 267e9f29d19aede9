// Package repository stores orders, ledger rows, events and audit rows.
package repository

import (
	"context"
	"database/sql"
)

type OrderRepo struct{ db *sql.DB }

func New(db *sql.DB) *OrderRepo { return &OrderRepo{db: db} }

// InsertLedger adds a ledger row: a second call adds a second row.
func (r *OrderRepo) InsertLedger(ctx context.Context, paymentID string) error {
	_, err := r.db.ExecContext(ctx, "INSERT INTO ledger_entries (payment_id, amount) VALUES ($1, $2)", paymentID, 100)
	return err
}

// SetStatus stores an order's state.
func (r *OrderRepo) SetStatus(ctx context.Context, orderID, status string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE orders SET status = $1 WHERE id = $2", status, orderID)
	return err
}

// Status reads an order's state.
func (r *OrderRepo) Status(ctx context.Context, orderID string) (string, error) {
	var s string
	err := r.db.QueryRowContext(ctx, "SELECT status FROM orders WHERE id = $1", orderID).Scan(&s)
	return s, err
}

// Seen reports whether the event was processed already.
func (r *OrderRepo) Seen(ctx context.Context, eventID string) (bool, error) {
	var n int
	err := r.db.QueryRowContext(ctx, "SELECT count(*) FROM processed_events WHERE id = $1", eventID).Scan(&n)
	return n > 0, err
}

// Audit appends an audit row.
func (r *OrderRepo) Audit(ctx context.Context, kind, id string) error {
	_, err := r.db.ExecContext(ctx, "INSERT INTO audit_log (kind, ref) VALUES ($1, $2)", kind, id)
	return err
}
