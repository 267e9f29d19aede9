// Package idem remembers which provider deliveries a service has handled. // want package:"handler model"
package idem

import (
	"context"
	"database/sql"
)

const remember = `INSERT INTO inbox (provider, delivery_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`

// FirstDelivery records the delivery: a repeat inserts nothing, so the
// rows affected say whether this is the first time.
func FirstDelivery(ctx context.Context, db *sql.DB, provider, id string) (bool, error) { // want FirstDelivery:"duplicate guard helper"
	n, err := insert(ctx, db, provider, id)
	if err != nil {
		return false, err
	}
	return n == 1, nil
}

func insert(ctx context.Context, db *sql.DB, provider, id string) (int64, error) {
	res, err := db.ExecContext(ctx, remember, provider, id)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// Promote moves the order from pending to paid once: a repeat finds it
// paid already and changes no row.
func Promote(ctx context.Context, db *sql.DB, order string) (int64, error) { // want Promote:"duplicate guard helper"
	res, err := db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'`, order)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// Touch bumps the customer's last-seen time: its rows affected say the
// customer exists, not that the delivery is new.
func Touch(ctx context.Context, db *sql.DB, customer string) (bool, error) {
	res, err := db.ExecContext(ctx, `UPDATE customers SET last_seen = now() WHERE id = $1`, customer)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Enabled answers true whatever was delivered.
func Enabled(ctx context.Context, id string) bool { return true }
