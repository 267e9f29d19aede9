// Package books implements the relay's use cases on database/sql; it
// knows nothing of HTTP.
package books

import (
	"context"
	"database/sql"
	"log"
)

// Invoices marks an invoice paid.
type Invoices struct{ DB *sql.DB }

func (s *Invoices) Settle(ctx context.Context, invoiceID string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE id = $1`, invoiceID)
	return err
}

// Locks releases the advisory lock a settlement run held: no payment.
type Locks struct{ DB *sql.DB }

func (s *Locks) Settle(ctx context.Context, invoiceID string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE settlement_locks SET status = 'released' WHERE invoice_id = $1`, invoiceID)
	return err
}

// Journal only logs what it is told.
type Journal struct{ Log *log.Logger }

func (j Journal) Settle(ctx context.Context, invoiceID string) error {
	j.Log.Printf("invoice %s paid", invoiceID)
	return nil
}
