// Package store keeps the shop's users, balances and balance transactions
// in Postgres (database/sql). A transaction's signature is UNIQUE.
package store

import (
	"context"
	"database/sql"
	"errors"
)

type Store struct{ db *sql.DB }

func New(db *sql.DB) *Store { return &Store{db: db} }

type User struct {
	ID      int64
	Balance int64
}

type Transaction struct {
	ID        int64
	UserID    int64
	Amount    int64
	Signature string
}

// UserByID loads a user.
func (s *Store) UserByID(ctx context.Context, id int64) (*User, error) {
	u := User{ID: id}
	err := s.db.QueryRowContext(ctx, `SELECT balance FROM users WHERE id = $1`, id).Scan(&u.Balance)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// TransactionBySignature loads the balance transaction recorded under a
// signature: nil, nil when there is none.
func (s *Store) TransactionBySignature(ctx context.Context, sig string) (*Transaction, error) {
	t := Transaction{Signature: sig}
	err := s.db.QueryRowContext(ctx, `SELECT id, user_id, amount FROM transactions WHERE signature = $1`, sig).Scan(&t.ID, &t.UserID, &t.Amount)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// TopUp records the transaction under its signature and credits the
// user's balance in one transaction.
func (s *Store) TopUp(ctx context.Context, u *User, sig string, amount int64) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelSerializable})
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO transactions (user_id, signature, amount) VALUES ($1, $2, $3)`, u.ID, sig, amount); err != nil {
		tx.Rollback()
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET balance = balance + $1 WHERE id = $2`, amount, u.ID); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
