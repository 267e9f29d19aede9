// Package ledger books incoming transfers against wallets and invoices.
package ledger

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/jmoiron/sqlx"

	"audit6/payables/inbound"
)

type Matcher struct {
	db *sqlx.DB
}

var _ inbound.Matcher = (*Matcher)(nil)

func NewMatcher(db *sqlx.DB) *Matcher { return &Matcher{db: db} }

// ApplyTransfer credits the wallet behind the virtual account and, when the
// remittance text names an open invoice, marks it paid.
func (m *Matcher) ApplyTransfer(ctx context.Context, t inbound.Transfer) error {
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO ledger_entries (account_id, amount, currency, source, source_id) VALUES ($1, $2, $3, 'bank_transfer', $4)`,
		t.AccountID, t.Amount, t.Currency, t.TransferID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx,
		`UPDATE wallets SET balance = balance + $1 WHERE virtual_account_id = $2`, t.Amount, t.AccountID); err != nil {
		return err
	}
	if inv := invoiceNumber(t.Reference); inv != "" {
		if _, err := tx.ExecContext(ctx,
			`UPDATE invoices SET status = 'paid', paid_at = now() WHERE number = $1`, inv); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// ApplyReturn reverses a transfer once; the worker calls it.
func (m *Matcher) ApplyReturn(ctx context.Context, eventID, transferID string) error {
	res, err := m.db.ExecContext(ctx,
		`INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	var amount int64
	var account string
	err = m.db.QueryRowContext(ctx, `SELECT amount, account_id FROM ledger_entries WHERE source_id = $1`, transferID).Scan(&amount, &account)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	_, err = m.db.ExecContext(ctx, `UPDATE wallets SET balance = balance - $1 WHERE virtual_account_id = $2`, amount, account)
	return err
}

func invoiceNumber(ref string) string {
	for _, f := range strings.Fields(strings.ToUpper(ref)) {
		if strings.HasPrefix(f, "INV-") {
			return f
		}
	}
	return ""
}
