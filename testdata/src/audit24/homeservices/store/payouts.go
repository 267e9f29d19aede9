package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit24/homeservices/domain"
)

// PayoutRow is the gorm model of a weekly payout.
type PayoutRow struct {
	ID          string `gorm:"primaryKey"`
	ProID       string `gorm:"index"`
	AmountCents int64
	Currency    string
	Status      string `gorm:"index"`
	TransferID  string
	WeekOf      time.Time
	Attempts    int
	UpdatedAt   time.Time
}

func (PayoutRow) TableName() string { return "payouts" }

// Payouts is the gorm-backed payout repository.
type Payouts struct {
	db *gorm.DB
}

func NewPayouts(db *gorm.DB) *Payouts { return &Payouts{db: db} }

// Pending returns payouts still waiting for a transfer.
func (s *Payouts) Pending(ctx context.Context) ([]domain.Payout, error) {
	var rows []PayoutRow
	if err := s.db.WithContext(ctx).Where("status = ?", "pending").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]domain.Payout, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.Payout{ID: r.ID, ProID: r.ProID, AmountCents: r.AmountCents, Currency: r.Currency,
			Status: r.Status, TransferID: r.TransferID, WeekOf: r.WeekOf, Attempts: r.Attempts})
	}
	return out, nil
}

// MarkSent records the Stripe transfer for a payout.
func (s *Payouts) MarkSent(ctx context.Context, id, transferID string) error {
	return s.db.WithContext(ctx).Model(&PayoutRow{}).Where("id = ?", id).
		Updates(map[string]any{"status": "sent", "transfer_id": transferID}).Error
}

// Bump counts a failed attempt.
func (s *Payouts) Bump(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&PayoutRow{}).Where("id = ?", id).
		UpdateColumn("attempts", gorm.Expr("attempts + 1")).Error
}

// Pro loads the payout details of a pro.
func (s *Payouts) Pro(ctx context.Context, id string) (domain.Pro, error) {
	var p domain.Pro
	err := s.db.WithContext(ctx).Table("pros").Where("id = ?", id).First(&p).Error
	return p, err
}
