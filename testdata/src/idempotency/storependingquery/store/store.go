// Package store holds the invoices; its queries name no status in their
// function names.
package store

import (
	"context"
	"database/sql"
)

// Invoice is one monthly fee.
type Invoice struct {
	ID          string
	AmountMinor int64
	Currency    string
	MandateID   string
}

// Invoices is the invoice table.
type Invoices struct{ db *sql.DB }

func New(db *sql.DB) *Invoices { return &Invoices{db: db} }

// Due lists the invoices of a period still to collect.
func (s *Invoices) Due(ctx context.Context, period string) ([]Invoice, error) {
	return s.query(ctx, `SELECT id, amount_minor, currency, mandate_id FROM invoices
		WHERE period <= $1 AND status = 'pending' ORDER BY id`, period)
}

// Arrears lists the invoices a failed debit left open or marked for a retry.
func (s *Invoices) Arrears(ctx context.Context) ([]Invoice, error) {
	return s.query(ctx, `SELECT id, amount_minor, currency, mandate_id FROM invoices
		WHERE collection_state IN ('open', 'retrying')`)
}

// Cancelled lists the invoices of leavers, to refund.
func (s *Invoices) Cancelled(ctx context.Context, period string) ([]Invoice, error) {
	return s.query(ctx, `SELECT id, amount_minor, currency, mandate_id FROM invoices
		WHERE period = $1 AND status = 'cancelled'`, period)
}

// Claim moves a pending invoice to submitted; false when another run has it.
func (s *Invoices) Claim(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE invoices SET status = 'submitted' WHERE id = $1 AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// SetRef records the provider's payment id.
func (s *Invoices) SetRef(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE invoices SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

func (s *Invoices) query(ctx context.Context, q string, args ...any) ([]Invoice, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Invoice
	for rows.Next() {
		var inv Invoice
		if err := rows.Scan(&inv.ID, &inv.AmountMinor, &inv.Currency, &inv.MandateID); err != nil {
			return nil, err
		}
		out = append(out, inv)
	}
	return out, rows.Err()
}
