// Package orderstore keeps the shop's orders and bookings in Postgres
// (database/sql).
package orderstore

import (
	"context"
	"database/sql"
)

// Orders is the orders table.
type Orders struct{ DB *sql.DB }

// SetStatus stores an order's status as it is handed.
func (o *Orders) SetStatus(ctx context.Context, id, status string) error {
	_, err := o.DB.ExecContext(ctx, `UPDATE orders SET status = $2, updated_at = now() WHERE id = $1`, id, status)
	return err
}

// MarkPaid flags the order paid.
func (o *Orders) MarkPaid(ctx context.Context, id string) error {
	_, err := o.DB.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, id)
	return err
}

// SetNote stores the partner's note on an order.
func (o *Orders) SetNote(ctx context.Context, id, note string) error {
	_, err := o.DB.ExecContext(ctx, `UPDATE orders SET partner_note = $2 WHERE id = $1`, id, note)
	return err
}
