package store

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
)

// Ledger records webhook deliveries and top-up transitions with bun, and
// reads top-ups with plain database/sql.
type Ledger struct {
	bun *bun.DB
	sql *sql.DB
}

func NewLedger(b *bun.DB, s *sql.DB) *Ledger { return &Ledger{bun: b, sql: s} }

// RecordEvent inserts a provider event once; it reports false for a repeat.
func (l *Ledger) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := l.bun.NewInsert().
		Table("webhook_events").
		Value("provider", "?", provider).
		Value("event_id", "?", eventID).
		On("CONFLICT (provider, event_id) DO NOTHING").
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// SettleTopUp moves a pending top-up to settled; false when it was not pending.
func (l *Ledger) SettleTopUp(ctx context.Context, id string) (bool, error) {
	res, err := l.bun.NewUpdate().
		Table("topups").
		Set("status = ?", "settled").
		Where("id = ?", id).
		Where("status = ?", "pending").
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddCredit adds prepaid credit to an account.
func (l *Ledger) AddCredit(ctx context.Context, accountID string, cents int64) error {
	_, err := l.sql.ExecContext(ctx,
		`UPDATE accounts SET credit_cents = credit_cents + $1 WHERE id = $2`, cents, accountID)
	return err
}

func (l *Ledger) MarkWalletSettled(ctx context.Context, transactionID string) error {
	_, err := l.bun.NewUpdate().
		Table("wallet_payments").
		Set("status = ?", "settled").
		Where("braintree_id = ?", transactionID).
		Exec(ctx)
	return err
}

func (l *Ledger) TopUp(ctx context.Context, id string) (*TopUp, error) {
	var t TopUp
	err := l.sql.QueryRowContext(ctx,
		`SELECT id, account_id, method, payment_hash, tx_hash, cents, status, created_at FROM topups WHERE id = $1`, id).
		Scan(&t.ID, &t.AccountID, &t.Method, &t.PaymentHash, &t.TxHash, &t.Cents, &t.Status, &t.CreatedAt)
	return &t, err
}

func (l *Ledger) PendingTopUps(ctx context.Context, method string) ([]TopUp, error) {
	rows, err := l.sql.QueryContext(ctx,
		`SELECT id, account_id, payment_hash, tx_hash, cents, created_at FROM topups WHERE status = 'pending' AND method = $1`, method)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []TopUp
	for rows.Next() {
		t := TopUp{Method: method, Status: "pending"}
		if err := rows.Scan(&t.ID, &t.AccountID, &t.PaymentHash, &t.TxHash, &t.Cents, &t.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

func (l *Ledger) InsertTopUp(ctx context.Context, t TopUp) error {
	_, err := l.bun.NewInsert().Table("topups").
		Value("id", "?", t.ID).
		Value("account_id", "?", t.AccountID).
		Value("method", "?", t.Method).
		Value("payment_hash", "?", t.PaymentHash).
		Value("tx_hash", "?", t.TxHash).
		Value("cents", "?", t.Cents).
		Value("status", "?", "pending").
		Exec(ctx)
	return err
}
