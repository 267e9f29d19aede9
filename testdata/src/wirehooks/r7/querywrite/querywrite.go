// Package querywrite writes and reads payment state through the query
// methods of database/sql, pgx and sqlx.
package querywrite

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Bills struct {
	db   *sql.DB
	pool *pgxpool.Pool
}

func (b *Bills) settle(ctx context.Context, id string) (int64, error) { // want `wrapper Bills.settle statewrite`
	var total int64
	err := b.db.QueryRowContext(ctx, `UPDATE bills SET status = 'paid' WHERE id = $1 RETURNING total`, id).Scan(&total) // want `op statewrite paid state stored by sql.DB.QueryRowContext$`
	return total, err
}

func (b *Bills) settlePg(ctx context.Context, id string) error { // want `wrapper Bills.settlePg statewrite`
	var n int
	return b.pool.QueryRow(ctx, `update bills set paid = true where id = $1 returning 1`, id).Scan(&n) // want `op statewrite paid state stored by pgxpool.Pool.QueryRow$`
}

func (b *Bills) settleRows(ctx context.Context, ids []string) error { // want `wrapper Bills.settleRows statewrite`
	rows, err := b.db.QueryContext(ctx, `UPDATE bills SET state = 'captured' WHERE id = ANY($1) RETURNING id`, ids) // want `op statewrite paid state stored by sql.DB.QueryContext$`
	if err != nil {
		return err
	}
	return rows.Close()
}

// --- silent: reads, and writes of no paid state ---

func (b *Bills) state(ctx context.Context, id string) (string, error) {
	var s string
	err := b.db.QueryRowContext(ctx, `SELECT status FROM bills WHERE id = $1 AND status = 'paid'`, id).Scan(&s)
	return s, err
}

func (b *Bills) paidRows(ctx context.Context) (*sql.Rows, error) {
	return b.db.QueryContext(ctx, `SELECT id FROM bills WHERE status = 'paid'`)
}

func (b *Bills) reopen(ctx context.Context, id string) error {
	var n int
	return b.db.QueryRowContext(ctx, `UPDATE bills SET status = 'open' WHERE id = $1 AND status = 'paid' RETURNING 1`, id).Scan(&n)
}

func (b *Bills) touch(ctx context.Context, id string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE bills SET seen_at = now() WHERE id = $1`, id)
	return err
}

// --- left to the handler model: a write inside a request handler ---

func (b *Bills) paidHandler(w http.ResponseWriter, r *http.Request) {
	var n int
	_ = b.db.QueryRowContext(r.Context(), `UPDATE bills SET status = 'paid' WHERE id = $1 RETURNING 1`, r.FormValue("id")).Scan(&n)
	w.WriteHeader(http.StatusNoContent)
}
