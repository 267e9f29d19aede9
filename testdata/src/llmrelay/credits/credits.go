// Package credits is an organisation's prepaid credit balance: top-ups
// from a payment webhook add to it, metered API calls draw it down.
package credits

import (
	"context"

	"gorm.io/gorm"
)

type Balance struct {
	OrgID   string
	Balance int64
}

type CreditTransaction struct {
	OrgID        string
	Kind         string
	Amount       int64
	BalanceAfter int64
}

type Ledger struct{ db *gorm.DB }

func New(db *gorm.DB) *Ledger { return &Ledger{db: db} }

// Move adds amount (negative for usage) to the balance and records it.
func (l *Ledger) Move(ctx context.Context, org string, amount int64, reason string) error {
	return l.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var b Balance
		if err := tx.Where("org_id = ?", org).First(&b).Error; err != nil {
			return err
		}
		after := b.Balance + amount
		if err := tx.Model(&b).Updates(map[string]any{"balance": after}).Error; err != nil {
			return err
		}
		return tx.Create(&CreditTransaction{OrgID: org, Kind: reason, Amount: amount, BalanceAfter: after}).Error
	})
}
