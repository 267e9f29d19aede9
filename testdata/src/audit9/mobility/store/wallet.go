package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit9/mobility/domain"
)

type walletRow struct {
	ID           string `gorm:"primaryKey"`
	BalanceCents int64
	BonusCents   int64
}

type topUpRow struct {
	ID          string `gorm:"primaryKey"`
	WalletID    string
	AmountCents int64
	BonusCents  int64
	IntentID    string
	Status      string
}

// LedgerEntry is one line of the wallet ledger.
type LedgerEntry struct {
	ID        uint `gorm:"primaryKey"`
	WalletID  string
	Cents     int64
	Kind      string
	Reference string
	CreatedAt time.Time
}

// Wallets is the GORM wallet store.
type Wallets struct {
	db *gorm.DB
}

// NewWallets returns a wallet store.
func NewWallets(db *gorm.DB) *Wallets { return &Wallets{db: db} }

func (w *Wallets) TopUp(ctx context.Context, id string) (*domain.TopUp, error) {
	var row topUpRow
	if err := w.db.WithContext(ctx).First(&row, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &domain.TopUp{ID: row.ID, WalletID: row.WalletID, AmountCents: row.AmountCents,
		BonusCents: row.BonusCents, IntentID: row.IntentID, Status: row.Status}, nil
}

func (w *Wallets) SaveTopUp(ctx context.Context, t *domain.TopUp) error {
	return w.db.WithContext(ctx).Save(&topUpRow{ID: t.ID, WalletID: t.WalletID, AmountCents: t.AmountCents,
		BonusCents: t.BonusCents, IntentID: t.IntentID, Status: t.Status}).Error
}

func (w *Wallets) SetTopUpStatus(ctx context.Context, id, status string) error {
	return w.db.WithContext(ctx).Model(&topUpRow{}).Where("id = ?", id).Update("status", status).Error
}

// Credit adds the top-up amount and the bonus ride credit to the wallet and
// writes both ledger lines.
func (w *Wallets) Credit(ctx context.Context, t *domain.TopUp) error {
	return w.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Model(&walletRow{}).Where("id = ?", t.WalletID).
			Update("balance_cents", gorm.Expr("balance_cents + ?", t.AmountCents)).Error; err != nil {
			return err
		}
		if err := tx.Create(&LedgerEntry{WalletID: t.WalletID, Cents: t.AmountCents, Kind: "topup", Reference: t.ID}).Error; err != nil {
			return err
		}
		if t.BonusCents > 0 {
			if err := tx.Model(&walletRow{}).Where("id = ?", t.WalletID).
				Update("bonus_cents", gorm.Expr("bonus_cents + ?", t.BonusCents)).Error; err != nil {
				return err
			}
		}
		return tx.Model(&topUpRow{}).Where("id = ?", t.ID).Update("status", "succeeded").Error
	})
}
