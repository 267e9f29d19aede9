// Package ledger is the receivables store (Postgres).
package ledger

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Receivables settles invoices through database/sql.
type Receivables struct{ db *sql.DB }

func New(db *sql.DB) *Receivables { return &Receivables{db: db} }

// Apply settles an unpaid receivable and returns its account: the
// UPDATE … RETURNING is read back through QueryRowContext.
func (s *Receivables) Apply(ctx context.Context, ref string) (string, error) {
	var account string
	err := s.db.QueryRowContext(ctx,
		`UPDATE receivables SET state = 'settled', settled_at = now() WHERE ref = $1 AND state = 'open' RETURNING account_id`,
		ref).Scan(&account)
	return account, err
}

// Lookup only reads a receivable's state.
func (s *Receivables) Lookup(ctx context.Context, ref string) (string, error) {
	var state string
	err := s.db.QueryRowContext(ctx, `SELECT state FROM receivables WHERE ref = $1`, ref).Scan(&state)
	return state, err
}

// PgReceivables settles through a pgx pool.
type PgReceivables struct{ pool *pgxpool.Pool }

func NewPg(pool *pgxpool.Pool) *PgReceivables { return &PgReceivables{pool: pool} }

func (s *PgReceivables) Apply(ctx context.Context, ref string) (string, error) {
	var account string
	err := s.pool.QueryRow(ctx,
		`UPDATE receivables SET status = 'paid' WHERE ref = $1 RETURNING account_id`, ref).Scan(&account)
	return account, err
}

// Contacts is the CRM's contact table.
type Contacts struct{ DB *sql.DB }

func (c *Contacts) SetStage(ctx context.Context, id, stage string) error {
	_, err := c.DB.ExecContext(ctx, `UPDATE contacts SET stage = $2 WHERE id = $1`, id, stage)
	return err
}
