// Package store reads and writes the rent invoices; the status a read
// selects is its caller's argument.
package store

import (
	"context"
	"database/sql"
)

// Invoice is one rent invoice to collect.
type Invoice struct {
	ID          int64
	AmountMinor int64
	Currency    string
	MandateID   string
	Email       string
}

// Page is one page of invoices; Next is the cursor of the next page.
type Page struct {
	Items []Invoice
	Next  int64
}

// Store is the invoices table.
type Store struct{ db *sql.DB }

func New(db *sql.DB) *Store { return &Store{db: db} }

// ByStatus pages through the invoices in a status.
func (s *Store) ByStatus(ctx context.Context, status string, after int64, limit int) (Page, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT i.id, i.amount_minor, i.currency, i.mandate_id, i.email
		FROM invoices i WHERE i.status = $1 AND i.id > $2 ORDER BY i.id LIMIT $3`, status, after, limit)
	if err != nil {
		return Page{}, err
	}
	defer rows.Close()
	var p Page
	for rows.Next() {
		var inv Invoice
		if err := rows.Scan(&inv.ID, &inv.AmountMinor, &inv.Currency, &inv.MandateID, &inv.Email); err != nil {
			return Page{}, err
		}
		p.Items = append(p.Items, inv)
	}
	if len(p.Items) == limit {
		p.Next = p.Items[len(p.Items)-1].ID
	}
	return p, rows.Err()
}

// InState lists the invoices of a method in a collection state.
func (s *Store) InState(ctx context.Context, method, state string) ([]Invoice, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount_minor, currency, mandate_id, email
		FROM invoices WHERE method = ? AND collection_state = ?`, method, state)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Invoice
	for rows.Next() {
		var inv Invoice
		if err := rows.Scan(&inv.ID, &inv.AmountMinor, &inv.Currency, &inv.MandateID, &inv.Email); err != nil {
			return nil, err
		}
		out = append(out, inv)
	}
	return out, rows.Err()
}

// Claim moves an open invoice to collecting; false when another run has it.
func (s *Store) Claim(ctx context.Context, id int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE invoices SET status = 'collecting' WHERE id = $1 AND status = 'open'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// SetRef records the provider's payment on an invoice.
func (s *Store) SetRef(ctx context.Context, id int64, status, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE invoices SET status = $2, provider_ref = $3 WHERE id = $1`, id, status, ref)
	return err
}
