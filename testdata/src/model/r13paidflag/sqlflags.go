// Package r13paidflag: a boolean money-moved flag (paid, is_paid,
// paid_out, settled, disbursed) set true on a row whose write or whose
// columns show money (the provider's reference of the payment or payout,
// an amount) stores a payment state, in database/sql, sqlx, pgx and GORM.
package r13paidflag

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

const royaltiesSchema = `CREATE TABLE IF NOT EXISTS royalties (
	id TEXT PRIMARY KEY,
	artist_id TEXT NOT NULL,
	amount_cents BIGINT NOT NULL,
	is_paid BOOLEAN NOT NULL DEFAULT false
)`

type Ledger struct {
	db  *sql.DB
	x   *sqlx.DB
	pgx *pgxpool.Pool
}

func (l *Ledger) Migrate(ctx context.Context) error {
	_, err := l.db.ExecContext(ctx, royaltiesSchema)
	return err
}

// --- recognised: the flag with the provider's transfer reference (database/sql) ---

func (l *Ledger) CommissionDisbursed(ctx context.Context, id, transferID string) error { // want `wrapper Ledger.CommissionDisbursed statewrite`
	_, err := l.db.ExecContext(ctx, `UPDATE commissions SET disbursed = TRUE, transfer_id = $2 WHERE id = $1`, id, transferID) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

// --- recognised: a row whose schema carries an amount (database/sql, ? placeholders) ---

func (l *Ledger) RoyaltyPaid(ctx context.Context, id string) error { // want `wrapper Ledger.RoyaltyPaid statewrite`
	_, err := l.db.ExecContext(ctx, `UPDATE royalties SET is_paid = 1 WHERE id = ?`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

// --- recognised: sqlx, the flag with the payout reference ---

func (l *Ledger) GigPaidOut(gigID, payoutRef string) { // want `wrapper Ledger.GigPaidOut statewrite`
	l.x.MustExec(`UPDATE gigs SET paid_out = true, payout_reference = $2 WHERE id = $1`, gigID, payoutRef) // want `op statewrite paid state stored by sqlx.DB.MustExec$`
}

// --- recognised: pgx, a row whose SELECT (read through database/sql) shows its payment reference ---

func (l *Ledger) Shift(ctx context.Context, id string) *sql.Row {
	return l.db.QueryRowContext(ctx, `SELECT id, worker_id, hours, payment_ref, settled FROM shifts WHERE id = $1`, id)
}

func (l *Ledger) ShiftSettled(ctx context.Context, id string) error { // want `wrapper Ledger.ShiftSettled statewrite`
	_, err := l.pgx.Exec(ctx, `UPDATE shifts SET settled = true WHERE id = $1`, id) // want `op statewrite paid state stored by pgxpool.Pool.Exec$`
	return err
}
