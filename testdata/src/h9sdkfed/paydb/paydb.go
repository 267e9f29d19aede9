// Package paydb stores collected subscription payments.
package paydb

import (
	"context"
	"database/sql"
)

// Collected is one collected payment.
type Collected struct {
	PaymentID    string
	Subscription string
}

type DB struct{ db *sql.DB }

func New(db *sql.DB) *DB { return &DB{db: db} }

// Record inserts a payment row on every call.
func (d *DB) Record(ctx context.Context, c Collected) error {
	_, err := d.db.ExecContext(ctx,
		`INSERT INTO payments (provider_id, subscription_id, status) VALUES ($1, $2, 'paid')`,
		c.PaymentID, c.Subscription)
	return err
}

// FirstSeen records the event id; false when it was recorded before.
func (d *DB) FirstSeen(ctx context.Context, eventID string) (bool, error) {
	res, err := d.db.ExecContext(ctx, `INSERT INTO gc_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
