package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit11/crowdfunding/domain"
)

// Campaigns is the GORM-backed campaign, creator and payout store.
type Campaigns struct{ db *gorm.DB }

func NewCampaigns(db *gorm.DB) *Campaigns { return &Campaigns{db: db} }

func (s *Campaigns) EndedLive(ctx context.Context, now time.Time) ([]domain.Campaign, error) {
	var out []domain.Campaign
	err := s.db.WithContext(ctx).Where("state = ? AND ends_at <= ?", "live", now).Find(&out).Error
	return out, err
}

func (s *Campaigns) SetState(ctx context.Context, id, state string) error {
	return s.db.WithContext(ctx).Model(&domain.Campaign{}).Where("id = ?", id).Update("state", state).Error
}

func (s *Campaigns) AddRaised(ctx context.Context, id string, cents int64) error {
	return s.db.WithContext(ctx).Model(&domain.Campaign{}).Where("id = ?", id).
		UpdateColumn("raised_cents", gorm.Expr("raised_cents + ?", cents)).Error
}

func (s *Campaigns) Creator(ctx context.Context, id string) (*domain.Creator, error) {
	var c domain.Creator
	return &c, s.db.WithContext(ctx).First(&c, "id = ?", id).Error
}

func (s *Campaigns) SetCreatorOnboarded(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&domain.Creator{}).Where("id = ?", id).Update("onboarded", true).Error
}

func (s *Campaigns) AddPaidOut(ctx context.Context, creatorID string, cents int64) error {
	return s.db.WithContext(ctx).Model(&domain.Creator{}).Where("id = ?", creatorID).
		UpdateColumn("paid_out_cents", gorm.Expr("paid_out_cents + ?", cents)).Error
}

func (s *Campaigns) Payout(ctx context.Context, id string) (*domain.Payout, error) {
	var p domain.Payout
	return &p, s.db.WithContext(ctx).First(&p, "id = ?", id).Error
}

func (s *Campaigns) PayoutByRef(ctx context.Context, ref string) (*domain.Payout, error) {
	var p domain.Payout
	res := s.db.WithContext(ctx).Where("provider_ref = ?", ref).Find(&p)
	if res.Error == nil && res.RowsAffected == 0 {
		return nil, domain.ErrNotFound
	}
	return &p, res.Error
}

func (s *Campaigns) QueuedPayouts(ctx context.Context, limit int) ([]domain.Payout, error) {
	var out []domain.Payout
	err := s.db.WithContext(ctx).Where("status = ?", "queued").Find(&out).Error
	return out[:min(len(out), limit)], err
}

func (s *Campaigns) SavePayout(ctx context.Context, p *domain.Payout) error {
	return s.db.WithContext(ctx).Save(p).Error
}
