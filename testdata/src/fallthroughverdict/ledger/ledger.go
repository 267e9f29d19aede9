// Package ledger keeps the shop's orders and charges in Postgres.
package ledger

import (
	"context"
	"database/sql"
)

// Orders is the orders' repository.
type Orders struct{ DB *sql.DB }

// MarkRefunded sets the order refunded.
func (o *Orders) MarkRefunded(ctx context.Context, id string) error {
	_, err := o.DB.ExecContext(ctx, `UPDATE orders SET status = 'refunded' WHERE id = $1`, id)
	return err
}

// MarkChargedBack records a chargeback on the order.
func (o *Orders) MarkChargedBack(ctx context.Context, id string) error {
	return o.setStatus(ctx, id, "charged_back")
}

func (o *Orders) setStatus(ctx context.Context, id, status string) error {
	_, err := o.DB.ExecContext(ctx, `UPDATE orders SET status = $1 WHERE id = $2`, status, id)
	return err
}

// NoteRefund appends the refund to the audit log.
func (o *Orders) NoteRefund(ctx context.Context, id string) error {
	_, err := o.DB.ExecContext(ctx, `UPDATE audit_log SET status = 'refunded' WHERE ref = $1`, id)
	return err
}
