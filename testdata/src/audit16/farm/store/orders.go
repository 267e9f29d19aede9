package store

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Orders is the gorm-backed box order repository.
type Orders struct{ db *gorm.DB }

// NewOrders returns an order repository.
func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

// Get loads an order by its public reference.
func (s *Orders) Get(ctx context.Context, ref string) (*BoxOrder, error) {
	var o BoxOrder
	if err := s.db.WithContext(ctx).Where("ref = ?", ref).First(&o).Error; err != nil {
		return nil, fmt.Errorf("order %s: %w", ref, err)
	}
	return &o, nil
}

// MarkPaid records the provider's reference and flips the order to paid.
func (s *Orders) MarkPaid(ctx context.Context, ref, providerRef string) error {
	return s.db.WithContext(ctx).Model(&BoxOrder{}).
		Where("ref = ?", ref).
		Updates(map[string]any{"status": OrderPaid, "provider_ref": providerRef}).Error
}

// Release hands a paid box to the packing shed: it becomes visible on the
// next pick list and the buyer gets a delivery slot.
func (s *Orders) Release(ctx context.Context, ref string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&BoxOrder{}).
		Where("ref = ?", ref).
		Updates(map[string]any{"status": OrderReleased, "released_at": &now}).Error
}

// MarkFailed records that the payment for an order did not go through.
func (s *Orders) MarkFailed(ctx context.Context, ref string) error {
	return s.db.WithContext(ctx).Model(&BoxOrder{}).Where("ref = ?", ref).Update("status", OrderFailed).Error
}

// PendingOlderThan lists orders of one provider still waiting for payment.
func (s *Orders) PendingOlderThan(ctx context.Context, provider string, age time.Duration) ([]BoxOrder, error) {
	var out []BoxOrder
	err := s.db.WithContext(ctx).
		Where("provider = ? AND status = ? AND created_at < ?", provider, OrderPending, time.Now().Add(-age)).
		Find(&out).Error
	return out, err
}

// Subs is the subscription repository.
type Subs struct{ db *gorm.DB }

// NewSubs returns a subscription repository.
func NewSubs(db *gorm.DB) *Subs { return &Subs{db: db} }

// Due lists active subscriptions of a provider whose renewal date has come.
func (s *Subs) Due(ctx context.Context, provider string, now time.Time) ([]Subscription, error) {
	var out []Subscription
	err := s.db.WithContext(ctx).
		Where("provider = ? AND status = 'active' AND next_renewal <= ?", provider, now).
		Find(&out).Error
	return out, err
}

// AddCredits tops up the boxes a subscriber can still receive.
func (s *Subs) AddCredits(ctx context.Context, subID int64, boxes int) error {
	return s.db.WithContext(ctx).Model(&Subscription{}).Where("id = ?", subID).
		UpdateColumn("credits_remaining", gorm.Expr("credits_remaining + ?", boxes)).Error
}

// Renewed moves the subscription's next renewal date.
func (s *Subs) Renewed(ctx context.Context, subID int64, next time.Time) error {
	return s.db.WithContext(ctx).Model(&Subscription{}).Where("id = ?", subID).Update("next_renewal", next).Error
}

// MarkLapsed stops renewals after a failed charge.
func (s *Subs) MarkLapsed(ctx context.Context, subID int64) error {
	return s.db.WithContext(ctx).Model(&Subscription{}).Where("id = ?", subID).Update("status", "lapsed").Error
}

// Settlements is the farmer settlement repository.
type Settlements struct{ db *gorm.DB }

// NewSettlements returns a settlement repository.
func NewSettlements(db *gorm.DB) *Settlements { return &Settlements{db: db} }

// Unpaid lists settlement rows not yet paid out.
func (s *Settlements) Unpaid(ctx context.Context) ([]Settlement, error) {
	var out []Settlement
	err := s.db.WithContext(ctx).Where("status = ?", "unpaid").Find(&out).Error
	return out, err
}

// MarkPaid stores the transfer code of the payout.
func (s *Settlements) MarkPaid(ctx context.Context, id int64, transferCode string) error {
	return s.db.WithContext(ctx).Model(&Settlement{}).Where("id = ?", id).
		Updates(map[string]any{"status": "paid", "transfer_code": transferCode}).Error
}
