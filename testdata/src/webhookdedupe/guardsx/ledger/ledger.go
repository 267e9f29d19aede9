// Package ledger keeps invoice amounts. // want package:"handler model"
package ledger

import (
	"context"
	"database/sql"
)

// SetAmount records the invoice's amount: its rows affected say the
// invoice exists, not that a delivery is new.
func SetAmount(ctx context.Context, db *sql.DB, invoice string, cents int64) (bool, error) {
	res, err := db.ExecContext(ctx, `UPDATE invoices SET amount_cents = $1 WHERE id = $2`, cents, invoice)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
