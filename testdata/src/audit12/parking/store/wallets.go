package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit12/parking/domain"
)

// Wallets stores prepaid wallets and their top-ups through pgx.
type Wallets struct {
	pool *pgxpool.Pool
}

// NewWallets returns a wallet store.
func NewWallets(pool *pgxpool.Pool) *Wallets { return &Wallets{pool: pool} }

// CreateTopup records a new top-up before it is sent to the card processor.
func (w *Wallets) CreateTopup(ctx context.Context, t domain.Topup) error {
	_, err := w.pool.Exec(ctx, `INSERT INTO wallet_topups (id, wallet_id, amount_cents, status)
		VALUES ($1, $2, $3, 'created')`, t.ID, t.WalletID, t.AmountCents)
	return err
}

// Topup loads a top-up.
func (w *Wallets) Topup(ctx context.Context, id string) (*domain.Topup, error) {
	var t domain.Topup
	err := w.pool.QueryRow(ctx, `SELECT id, wallet_id, amount_cents, coalesce(payment_id, ''), status
		FROM wallet_topups WHERE id = $1`, id).Scan(&t.ID, &t.WalletID, &t.AmountCents, &t.PaymentID, &t.Status)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// TopupByPayment loads a top-up by its card payment id.
func (w *Wallets) TopupByPayment(ctx context.Context, paymentID string) (*domain.Topup, error) {
	var t domain.Topup
	err := w.pool.QueryRow(ctx, `SELECT id, wallet_id, amount_cents, payment_id, status
		FROM wallet_topups WHERE payment_id = $1`, paymentID).Scan(&t.ID, &t.WalletID, &t.AmountCents, &t.PaymentID, &t.Status)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// SetPayment stores the processor payment id of a top-up.
func (w *Wallets) SetPayment(ctx context.Context, topupID, paymentID string) error {
	_, err := w.pool.Exec(ctx, `UPDATE wallet_topups SET payment_id = $2, status = 'pending' WHERE id = $1`, topupID, paymentID)
	return err
}

// Credit adds amount to a wallet's balance.
func (w *Wallets) Credit(ctx context.Context, walletID string, amountCents int64) error {
	_, err := w.pool.Exec(ctx, `UPDATE wallets SET balance_cents = balance_cents + $1 WHERE id = $2`, amountCents, walletID)
	return err
}

// CaptureTopup moves a pending top-up to captured and credits its wallet
// in one statement; it reports false when the top-up was not pending.
func (w *Wallets) CaptureTopup(ctx context.Context, topupID string) (bool, error) {
	tag, err := w.pool.Exec(ctx, `WITH t AS (
			UPDATE wallet_topups SET status = 'captured' WHERE id = $1 AND status = 'pending'
			RETURNING wallet_id, amount_cents)
		UPDATE wallets SET balance_cents = balance_cents + t.amount_cents FROM t WHERE wallets.id = t.wallet_id`, topupID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// MarkTopupFailed marks a top-up declined.
func (w *Wallets) MarkTopupFailed(ctx context.Context, topupID string) error {
	_, err := w.pool.Exec(ctx, `UPDATE wallet_topups SET status = 'failed' WHERE id = $1`, topupID)
	return err
}
