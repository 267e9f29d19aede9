// Package rfbsqlwith: data-modifying WITH queries (Postgres) through
// database/sql and pgx. A part that stores a paid state or credits a
// balance makes the query a paid-state write, wherever it sits (inside
// the WITH, or the main statement); parts that write pending, log, or
// only select stay no payment write.
package rfbsqlwith

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
)

type Store struct {
	db   *sql.DB
	pool *pgxpool.Pool
}

// The purchase row marked paid inside the WITH, the voucher credited by
// the main statement.
const settleVoucher = `WITH p AS (
		UPDATE voucher_purchases SET status = 'paid' WHERE id = $1 AND status = 'pending'
		RETURNING voucher_id, amount_cents)
	UPDATE vouchers SET remaining_cents = remaining_cents + p.amount_cents FROM p WHERE vouchers.id = p.voucher_id`

func (s *Store) SettleVoucher(ctx context.Context, id string) error { // want `wrapper Store.SettleVoucher statewrite paid state stored by sql.DB.ExecContext$`
	_, err := s.db.ExecContext(ctx, settleVoucher, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

// The main statement credits the wallet; the WITH only selects.
const creditWallet = `WITH c AS (SELECT wallet_id, amount FROM wallet_loads WHERE id = $1)
		UPDATE wallets SET balance = balance + c.amount FROM c WHERE wallets.id = c.wallet_id`

func (s *Store) CreditWallet(ctx context.Context, id string) error { // want `wrapper Store.CreditWallet statewrite paid state stored by pgxpool.Pool.Exec$`
	_, err := s.pool.Exec(ctx, creditWallet, id) // want `op statewrite paid state stored by pgxpool.Pool.Exec$`
	return err
}

// Pending rows only.
const queueLoad = `WITH l AS (UPDATE wallet_loads SET status = 'pending' WHERE id = $1 RETURNING wallet_id)
		INSERT INTO audit_log (wallet_id, note) SELECT wallet_id, 'queued' FROM l`

func (s *Store) QueueLoad(ctx context.Context, id string) error {
	_, err := s.pool.Exec(ctx, queueLoad, id)
	return err
}

// No money anywhere.
const archiveNotes = `WITH n AS (UPDATE notes SET archived = true WHERE owner_id = $1 RETURNING id)
		UPDATE owners SET notes_count = 0 WHERE id = $1`

func (s *Store) ArchiveNotes(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, archiveNotes, id)
	return err
}
