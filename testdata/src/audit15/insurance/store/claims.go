package store

import (
	"context"

	"gorm.io/gorm"

	"audit15/insurance/policy"
)

// Claims is the gorm-backed claim and cover store.
type Claims struct {
	db *gorm.DB
}

func NewClaims(db *gorm.DB) *Claims { return &Claims{db: db} }

func (s *Claims) Get(ctx context.Context, id string) (*policy.Claim, error) {
	var c policy.Claim
	if err := s.db.WithContext(ctx).First(&c, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &c, nil
}

func (s *Claims) Submitted(ctx context.Context, id, ref string) error {
	return s.db.WithContext(ctx).Model(&policy.Claim{}).Where("id = ?", id).
		Updates(map[string]interface{}{"transfer_ref": ref, "payout_status": "submitted"}).Error
}

func (s *Claims) SetPayoutStatus(ctx context.Context, ref, status string) error {
	return s.db.WithContext(ctx).Model(&policy.Claim{}).Where("transfer_ref = ?", ref).
		Update("payout_status", status).Error
}

// Cover moves policies' paid-through dates.
type Cover struct {
	db *gorm.DB
}

func NewCover(db *gorm.DB) *Cover { return &Cover{db: db} }

// ExtendCover pushes paid_through forward by one month.
func (c *Cover) ExtendCover(ctx context.Context, policyID string) error {
	return c.db.WithContext(ctx).Table("policies").Where("id = ?", policyID).
		Update("paid_through", gorm.Expr("paid_through + interval '1 month'")).Error
}
