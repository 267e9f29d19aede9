// Package topups settles wallet top-ups. A settlement moves the top-up
// from pending to credited in a transaction and answers whether this call
// moved it: a redelivered notification finds it credited and gets false.
package topups

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

// TopUp is a wallet top-up.
type TopUp struct {
	ID          int64
	ProviderRef string
	Status      string
	AccountID   int64
	AmountMinor int64
	Phone       string
}

// Account is a wallet account.
type Account struct {
	ID           int64
	BalanceMinor int64
}

// Store is the top-ups table.
type Store struct {
	orm *gorm.DB
	db  *sql.DB
}

// New returns a store.
func New(orm *gorm.DB, db *sql.DB) *Store { return &Store{orm: orm, db: db} }

// Settle moves the top-up from pending or paid to credited and credits the
// account, in one transaction; settled is true only when this call moved
// it (GORM, RowsAffected).
func (s *Store) Settle(ctx context.Context, providerRef string) (bool, error) {
	settled := false
	err := s.orm.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&TopUp{}).Where("provider_ref = ? AND status IN ?", providerRef, []string{"pending", "paid"}).
			Update("status", "credited")
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return nil
		}
		var t TopUp
		if err := tx.Where("provider_ref = ?", providerRef).First(&t).Error; err != nil {
			return err
		}
		settled = true
		return tx.Model(&Account{}).Where("id = ?", t.AccountID).
			UpdateColumn("balance_minor", gorm.Expr("balance_minor + ?", t.AmountMinor)).Error
	})
	return settled, err
}

// SettleSQL is Settle over database/sql, the transaction run by the
// store's own helper.
func (s *Store) SettleSQL(ctx context.Context, providerRef string) (bool, error) {
	credited := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx,
			`UPDATE top_ups SET status = 'credited' WHERE provider_ref = ? AND status = 'pending'`, providerRef)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil || n != 1 {
			return err
		}
		credited = true
		_, err = tx.ExecContext(ctx,
			`UPDATE accounts a JOIN top_ups t ON t.account_id = a.id SET a.balance_minor = a.balance_minor + t.amount_minor WHERE t.provider_ref = ?`, providerRef)
		return err
	})
	return credited, err
}

// ByRef reads a top-up.
func (s *Store) ByRef(ctx context.Context, providerRef string) (TopUp, error) {
	var t TopUp
	err := s.orm.WithContext(ctx).Where("provider_ref = ?", providerRef).First(&t).Error
	return t, err
}

func (s *Store) inTx(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
