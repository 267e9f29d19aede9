// Package moneyrows: tables named for their business (remittances,
// top_ups, tuition_runs) whose rows, by the package's own SQL, carry money
// owed or paid and a status: set to a settled value, a paid state.
package moneyrows

import (
	"context"
	"database/sql"
)

const schema = `CREATE TABLE IF NOT EXISTS remittances (
	id TEXT PRIMARY KEY,
	send_amount BIGINT NOT NULL,
	send_currency CHAR(3) NOT NULL,
	state TEXT NOT NULL,
	created_at TIMESTAMPTZ DEFAULT now()
)`

type Store struct{ db *sql.DB }

func (s *Store) Migrate(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, schema)
	return err
}

// --- recognised: amount with currency (CREATE TABLE), funded ---

func (s *Store) FundRemittance(ctx context.Context, id string) error { // want `wrapper Store.FundRemittance statewrite`
	_, err := s.db.ExecContext(ctx, `UPDATE remittances SET state = 'funded' WHERE id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

// --- recognised: the PSP reference of the payment behind the row (INSERT) ---

func (s *Store) OpenTopUp(ctx context.Context, id, wallet string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO top_ups (id, wallet_id, psp_reference, status) VALUES ($1, $2, NULL, 'open')`, id, wallet)
	return err
}

func (s *Store) SettleTopUp(ctx context.Context, id, ref string) error { // want `wrapper Store.SettleTopUp statewrite`
	_, err := s.db.ExecContext(ctx, "UPDATE top_ups SET status = 'succeeded', psp_reference = ? WHERE id = ?", ref, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

// --- recognised: the columns a SELECT reads back (sqlx-style column list) ---

const runCols = `id, school_id, total_cents, currency, funding_charge_id, status`

func (s *Store) Run(ctx context.Context, id string) *sql.Row {
	return s.db.QueryRowContext(ctx, `SELECT `+runCols+` FROM tuition_runs WHERE id = $1`, id)
}

func (s *Store) CompleteRun(ctx context.Context, id string) error { // want `wrapper Store.CompleteRun statewrite`
	_, err := s.db.ExecContext(ctx, `UPDATE tuition_runs SET status = 'completed', updated_at = now() WHERE id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}
