// Package ststore stores order and payout states chosen by its callers:
// what it writes is only known at the call site.
package ststore

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

type Orders struct{ db *sql.DB }

// SetState writes whatever state the caller passes.
func (o *Orders) SetState(ctx context.Context, id, state string) error {
	_, err := o.db.ExecContext(ctx, "UPDATE orders SET state = $1, updated_at = now() WHERE id = $2", state, id)
	return err
}

// Note writes a free-text note: not a state.
func (o *Orders) Note(ctx context.Context, id, text string) error {
	_, err := o.db.ExecContext(ctx, "UPDATE orders SET note = $1 WHERE id = $2", text, id)
	return err
}

// Audit records a status in an audit table: not the order's state.
func (o *Orders) Audit(ctx context.Context, id, status string) error {
	_, err := o.db.ExecContext(ctx, "UPDATE order_audit_logs SET status = $2 WHERE order_id = $1", id, status)
	return err
}

type Invoice struct {
	ID     string
	Status string
}

// MarkInvoice sets an invoice's status through GORM (a package function).
func MarkInvoice(db *gorm.DB, id string, status string) {
	db.Model(&Invoice{ID: id}).Update("status", status)
}

// Gateway is how the app reaches the store; ordersGateway implements it.
type Gateway interface {
	SetState(ctx context.Context, id, state string) error
}

var _ Gateway = (*Orders)(nil)
