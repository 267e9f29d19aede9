// Package paystore keeps orders in Postgres (database/sql).
package paystore

import (
	"context"
	"database/sql"
)

// Orders is the Postgres order store.
type Orders struct{ DB *sql.DB }

// Apply marks the order paid on result code 00.
func (o *Orders) Apply(ctx context.Context, orderID, resultCode string) (bool, error) {
	if resultCode != "00" {
		return false, nil
	}
	res, err := o.DB.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE id = $1 AND status <> 'paid'`, orderID)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
