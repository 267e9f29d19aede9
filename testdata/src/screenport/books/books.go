// Package books keeps seller balances in Postgres.
package books

import (
	"context"
	"database/sql"
)

// Sellers is the seller ledger.
type Sellers struct{ db *sql.DB }

// NewSellers returns the ledger.
func NewSellers(db *sql.DB) *Sellers { return &Sellers{db: db} }

// Post raises the seller's balance by the credit.
func (s *Sellers) Post(ctx context.Context, noticeID, account string, cents int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE seller_accounts SET balance = balance + $1 WHERE account = $2`, cents, account)
	return err
}

// HMAC checks notices with the shared key.
type HMAC struct{ Key []byte }

// Check always verifies with the partner's scheme (elided).
func (h HMAC) Check(body []byte, signature string) error { return nil }
