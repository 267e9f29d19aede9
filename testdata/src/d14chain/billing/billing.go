// Package billing settles a language school's invoices and renews the
// membership through the members service, held as its interface.
package billing

import (
	"context"
	"database/sql"
	"time"

	"d14chain/members"
)

// Billing is what the web layer asks of billing.
type Billing interface {
	Settle(ctx context.Context, invoiceID, student string) error
	SettleOnce(ctx context.Context, invoiceID, student string) error
	Align(ctx context.Context, student string, periodEnd int64) error
}

type billing struct {
	db      *sql.DB
	members members.Service
}

// New wires billing to the members service.
func New(db *sql.DB, m members.Service) Billing { return &billing{db: db, members: m} }

// Settle renews a month on every call.
func (b *billing) Settle(ctx context.Context, invoiceID, student string) error {
	return b.members.Extend(ctx, student, 1)
}

// SettleOnce renews only an invoice not settled before.
func (b *billing) SettleOnce(ctx context.Context, invoiceID, student string) error {
	var status string
	if err := b.db.QueryRowContext(ctx, `SELECT status FROM invoices WHERE id = $1`, invoiceID).Scan(&status); err != nil {
		return err
	}
	if status == "paid" {
		return nil
	}
	if _, err := b.db.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE id = $1`, invoiceID); err != nil {
		return err
	}
	return b.members.Extend(ctx, student, 1)
}

// Align sets the membership's end to the invoice's period end.
func (b *billing) Align(ctx context.Context, student string, periodEnd int64) error {
	return b.members.Align(ctx, student, time.Unix(periodEnd, 0))
}
