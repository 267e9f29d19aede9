// Package creditsweb sells credit packs for an AI image app (chi + net/http).
package creditsweb

import (
	"context"
	"database/sql"
)

// Wallet stores credit balances and purchases.
type Wallet struct {
	db *sql.DB
}

// NewWallet wraps the DB.
func NewWallet(db *sql.DB) *Wallet { return &Wallet{db: db} }

// AddCredits tops the user's balance up by a pack.
func (w *Wallet) AddCredits(ctx context.Context, userID string, credits int) error {
	_, err := w.db.ExecContext(ctx, `UPDATE wallets SET credits = credits + $1 WHERE user_id = $2`, credits, userID)
	return err
}

// PurchaseStatus reads the purchase status the PSP webhook stored.
func (w *Wallet) PurchaseStatus(ctx context.Context, purchaseID string) (status string, userID string, credits int, err error) {
	err = w.db.QueryRowContext(ctx, `SELECT status, user_id, credits FROM purchases WHERE id = $1`, purchaseID).Scan(&status, &userID, &credits)
	return
}

// MarkDelivered records that the pack was credited.
func (w *Wallet) MarkDelivered(ctx context.Context, purchaseID string) (bool, error) {
	res, err := w.db.ExecContext(ctx, `UPDATE purchases SET delivered = true WHERE id = $1 AND delivered = false`, purchaseID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
