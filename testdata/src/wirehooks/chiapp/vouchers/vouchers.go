// Package vouchers issues vouchers for paid checkouts.
package vouchers

import (
	"context"
	"database/sql"

	"wirehooks/chiapp/domain"
)

type Store struct{ db *sql.DB }

func New(db *sql.DB) *Store { return &Store{db: db} }

// Redeem books the voucher and credits the account, every time it is called.
func (s *Store) Redeem(ctx context.Context, sessionID, customer string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO voucher_ledger (session_id, customer, amount) VALUES ($1, $2, 500)`, sessionID, customer); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE accounts SET balance = balance + 500 WHERE id = $1`, customer); err != nil {
		return err
	}
	return tx.Commit()
}

// Queue hands the redemption to the voucher worker, which claims the
// session id itself.
type Queue struct{ Ch chan<- string }

func (q Queue) Redeem(ctx context.Context, sessionID, customer string) error {
	select {
	case q.Ch <- sessionID + "/" + customer:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Apply books a grant built by the hooks and credits its value.
func (s *Store) Apply(ctx context.Context, g domain.Grant) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO voucher_ledger (session_id, customer, amount) VALUES ($1, $2, $3)`, g.Session, g.Customer, g.Cents); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx, `UPDATE accounts SET balance = balance + $1 WHERE id = $2`, g.Cents, g.Customer)
	return err
}
