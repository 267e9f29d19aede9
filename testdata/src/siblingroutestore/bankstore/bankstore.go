// Package bankstore keeps the payroll app's transfers and debits.
package bankstore

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

// Transfer is a wage transfer sent through the bank.
type Transfer struct {
	ID          string
	AmountMinor int64
	Status      string
}

// Transfers stores transfers with GORM.
type Transfers struct{ db *gorm.DB }

// NewTransfers returns a store on db.
func NewTransfers(db *gorm.DB) *Transfers { return &Transfers{db: db} }

// MarkSettled records that the bank settled the transfer.
func (s *Transfers) MarkSettled(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Transfer{}).Where("id = ?", id).Update("status", "settled").Error
}

// MarkFailed records that the transfer failed.
func (s *Transfers) MarkFailed(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Transfer{}).Where("id = ?", id).Update("status", "failed").Error
}

// Get reads one transfer.
func (s *Transfers) Get(ctx context.Context, id string) (*Transfer, error) {
	var t Transfer
	err := s.db.WithContext(ctx).Where("id = ?", id).First(&t).Error
	return &t, err
}

// Debits stores repayment debits with database/sql.
type Debits struct{ DB *sql.DB }

// MarkReturned records that the payer's bank returned the debit.
func (s *Debits) MarkReturned(ctx context.Context, id string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE debits SET status = 'returned' WHERE id = $1`, id)
	return err
}

// Amount reads the debit's amount.
func (s *Debits) Amount(ctx context.Context, id string) (int64, error) {
	var n int64
	err := s.DB.QueryRowContext(ctx, `SELECT amount_minor FROM debits WHERE id = $1`, id).Scan(&n)
	return n, err
}
