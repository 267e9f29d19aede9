package corporate

import (
	"context"

	"gorm.io/gorm"
)

// Ledger applies confirmed direct-debit payments to corporate accounts.
type Ledger struct{ db *gorm.DB }

// NewLedger returns a Ledger.
func NewLedger(db *gorm.DB) *Ledger { return &Ledger{db: db} }

// ApplyPayment marks the invoice collected and credits the account's
// prepaid balance with the amount.
func (l *Ledger) ApplyPayment(ctx context.Context, paymentID string) error {
	return l.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var inv Invoice
		if err := tx.First(&inv, "payment_id = ?", paymentID).Error; err != nil {
			return err
		}
		if err := tx.Model(&inv).Update("status", "paid").Error; err != nil {
			return err
		}
		return tx.Model(&Account{}).Where("id = ?", inv.AccountID).
			Update("balance_cents", gorm.Expr("balance_cents + ?", inv.AmountCents)).Error
	})
}

// MarkFailed records a failed collection.
func (l *Ledger) MarkFailed(ctx context.Context, paymentID string) error {
	return l.db.WithContext(ctx).Model(&Invoice{}).Where("payment_id = ?", paymentID).Update("status", "failed").Error
}
