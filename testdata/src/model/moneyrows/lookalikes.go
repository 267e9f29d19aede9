package moneyrows

import (
	"context"
	"database/sql"
)

// Look-alikes: rows with money columns that nobody has paid (quotes,
// estimates, price lists, tax rates), rows of money leaving us (payouts,
// refunds), rows with no money columns (file transfers, stock
// transfers), agreements ('accepted', 'confirmed') and states that are
// not settled ('pending', 'failed').

type Quiet struct{ db *sql.DB }

const quoteCols = `id, amount, currency, status`

func (q *Quiet) Quote(ctx context.Context, id string) *sql.Row {
	return q.db.QueryRowContext(ctx, `SELECT `+quoteCols+` FROM quotes WHERE id = $1`, id)
}

func (q *Quiet) AcceptQuote(ctx context.Context, id string) {
	q.db.ExecContext(ctx, `UPDATE quotes SET status = 'accepted' WHERE id = $1`, id)
	q.db.ExecContext(ctx, `UPDATE quotes SET status = 'completed' WHERE id = $1`, id) // a quote is priced, not paid
}

func (q *Quiet) Estimates(ctx context.Context) {
	q.db.ExecContext(ctx, `INSERT INTO estimates (id, amount, currency, status) VALUES ($1, $2, $3, 'draft')`, "e", 1, "EUR")
	q.db.ExecContext(ctx, `UPDATE estimates SET status = 'confirmed' WHERE id = $1`, "e")
}

// Remittance agreements carry amount and currency: 'confirmed' and
// 'accepted' agree on a price, nothing is received.
func (q *Quiet) Agreements(ctx context.Context) {
	q.db.ExecContext(ctx, `INSERT INTO fx_contracts (id, sell_amount, sell_currency, status) VALUES ($1, $2, $3, 'new')`, "b", 1, "EUR")
	q.db.ExecContext(ctx, `UPDATE fx_contracts SET status = 'confirmed' WHERE id = $1`, "b")
	q.db.ExecContext(ctx, `UPDATE fx_contracts SET status = 'accepted' WHERE id = $1`, "b")
	q.db.ExecContext(ctx, `UPDATE fx_contracts SET status = 'pending' WHERE id = $1`, "b")
}

// Money leaving us: a payout or refund completed is no purchase paid.
func (q *Quiet) Outgoing(ctx context.Context) {
	q.db.ExecContext(ctx, `INSERT INTO payouts (id, amount, currency, payment_id, status) VALUES ($1, $2, $3, $4, 'queued')`, "p", 1, "EUR", "x")
	q.db.ExecContext(ctx, `UPDATE payouts SET status = 'completed' WHERE id = $1`, "p")
	q.db.ExecContext(ctx, `INSERT INTO refunds (id, amount, currency, status) VALUES ($1, $2, $3, 'queued')`, "r", 1, "EUR")
	q.db.ExecContext(ctx, `UPDATE refunds SET status = 'succeeded' WHERE id = $1`, "r")
}

// Transfers of files, data or stock: no money columns.
func (q *Quiet) Transfers(ctx context.Context) {
	q.db.ExecContext(ctx, `INSERT INTO file_transfers (id, path, size_bytes, status) VALUES ($1, $2, $3, 'queued')`, "f", "/a", 3)
	q.db.ExecContext(ctx, `UPDATE file_transfers SET status = 'completed' WHERE id = $1`, "f")
	q.db.ExecContext(ctx, `INSERT INTO stock_transfers (id, sku, quantity, status) VALUES ($1, $2, $3, 'queued')`, "s", "k", 3)
	q.db.ExecContext(ctx, `UPDATE stock_transfers SET status = 'completed' WHERE id = $1`, "s")
}

// Price lists and tax rates have amounts and currencies and a status.
func (q *Quiet) Prices(ctx context.Context) {
	q.db.ExecContext(ctx, `INSERT INTO price_lists (id, amount, currency, status) VALUES ($1, $2, $3, 'draft')`, "l", 1, "EUR")
	q.db.ExecContext(ctx, `UPDATE price_lists SET status = 'completed' WHERE id = $1`, "l")
	q.db.ExecContext(ctx, `INSERT INTO tax_rates (id, rate_amount, currency, status) VALUES ($1, $2, $3, 'draft')`, "t", 1, "EUR")
	q.db.ExecContext(ctx, `UPDATE tax_rates SET status = 'completed' WHERE id = $1`, "t")
}

// An amount with no currency (a count of anything), or money with no
// status: nothing says a payment.
func (q *Quiet) Partial(ctx context.Context) {
	q.db.ExecContext(ctx, `INSERT INTO batches (id, amount, status) VALUES ($1, $2, 'open')`, "b", 3)
	q.db.ExecContext(ctx, `UPDATE batches SET status = 'completed' WHERE id = $1`, "b")
	q.db.ExecContext(ctx, `INSERT INTO pledges_log_rows (id, amount, currency) VALUES ($1, $2, $3)`, "b", 3, "EUR")
	q.db.ExecContext(ctx, `UPDATE jobs SET status = 'completed' WHERE id = $1`, "j")
}

// Columns read through a join belong to no one table.
func (q *Quiet) Joined(ctx context.Context) {
	q.db.QueryRowContext(ctx, `SELECT j.id, p.amount, p.currency, j.status FROM sync_jobs j JOIN prices p ON p.id = j.price_id`)
	q.db.ExecContext(ctx, `UPDATE sync_jobs SET status = 'completed' WHERE id = $1`, "j")
}
