// Package store keeps the concert hall's ticket orders.
package store

import (
	"context"
	"database/sql"
)

type Orders struct{ DB *sql.DB }

// MarkPaid stores the order paid.
func (o *Orders) MarkPaid(ctx context.Context, orderID, chargeID string) error {
	_, err := o.DB.ExecContext(ctx, "UPDATE orders SET status = 'paid', charge_id = $2 WHERE id = $1", orderID, chargeID)
	return err
}
