package store

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

// Lockers persists locker accounts and their top-ups (gorm), with redis for
// delivery bookkeeping.
type Lockers struct {
	db  *gorm.DB
	rdb *redis.Client
}

func NewLockers(db *gorm.DB, rdb *redis.Client) *Lockers { return &Lockers{db: db, rdb: rdb} }

func (s *Lockers) Account(ctx context.Context, id string) (*LockerAccount, error) {
	var a LockerAccount
	res := s.db.WithContext(ctx).Where("id = ?", id).Find(&a)
	if res.Error != nil {
		return nil, res.Error
	}
	if res.RowsAffected == 0 {
		return nil, ErrNotFound
	}
	return &a, nil
}

func (s *Lockers) AutoTopUpAccounts(ctx context.Context, below int64) ([]LockerAccount, error) {
	var as []LockerAccount
	err := s.db.WithContext(ctx).Where("auto_top_up = ? AND balance_minor < ?", true, below).Find(&as).Error
	return as, err
}

func (s *Lockers) NewTopUp(ctx context.Context, t *TopUp) error {
	t.Status = "pending"
	return s.db.WithContext(ctx).Create(t).Error
}

func (s *Lockers) TopUp(ctx context.Context, providerRef string) (*TopUp, error) {
	var t TopUp
	res := s.db.WithContext(ctx).Where("provider_ref = ?", providerRef).Find(&t)
	if res.Error != nil {
		return nil, res.Error
	}
	if res.RowsAffected == 0 {
		return nil, ErrNotFound
	}
	return &t, nil
}

func (s *Lockers) PendingTopUps(ctx context.Context, provider string, olderThan time.Duration) ([]TopUp, error) {
	var ts []TopUp
	err := s.db.WithContext(ctx).
		Where("provider = ? AND status = ? AND created_at < ?", provider, "pending", time.Now().Add(-olderThan)).
		Find(&ts).Error
	return ts, err
}

// MarkTopUpPaid records the provider's confirmation. It is a no-op for a
// top-up already past pending.
func (s *Lockers) MarkTopUpPaid(ctx context.Context, providerRef, chargeID string) error {
	return s.db.WithContext(ctx).Model(&TopUp{}).
		Where("provider_ref = ? AND status = ?", providerRef, "pending").
		Update("status", "paid").Error
}

// SettleTopUp moves a pending top-up to credited and adds it to the account's
// balance in one transaction. It answers false when the top-up was not
// pending (already credited, expired).
func (s *Lockers) SettleTopUp(ctx context.Context, providerRef string) (bool, error) {
	settled := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
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
		return tx.Model(&LockerAccount{}).Where("id = ?", t.AccountID).
			UpdateColumn("balance_minor", gorm.Expr("balance_minor + ?", t.AmountMinor)).Error
	})
	return settled, err
}

// Credit adds money to a locker account's balance.
func (s *Lockers) Credit(ctx context.Context, accountID string, amountMinor int64) error {
	return s.db.WithContext(ctx).Model(&LockerAccount{}).Where("id = ?", accountID).
		UpdateColumn("balance_minor", gorm.Expr("balance_minor + ?", amountMinor)).Error
}

func (s *Lockers) ExpireTopUp(ctx context.Context, providerRef string) error {
	return s.db.WithContext(ctx).Model(&TopUp{}).
		Where("provider_ref = ? AND status = ?", providerRef, "pending").Update("status", "expired").Error
}

// FirstDelivery records a provider event id; false when it was seen before.
func (s *Lockers) FirstDelivery(ctx context.Context, provider, eventID string) (bool, error) {
	return s.rdb.SetNX(ctx, "evt:"+provider+":"+eventID, 1, 72*time.Hour).Result()
}
