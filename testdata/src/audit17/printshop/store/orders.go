package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// ErrNotFound is returned when an order does not exist.
var ErrNotFound = errors.New("store: not found")

// Orders is the gorm-backed order repository.
type Orders struct {
	db *gorm.DB
}

// NewOrders returns an order repository.
func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

// Get loads one order.
func (s *Orders) Get(ctx context.Context, id string) (*Order, error) {
	var o Order
	res := s.db.WithContext(ctx).Where("id = ?", id).First(&o)
	if res.Error != nil {
		return nil, res.Error
	}
	return &o, nil
}

// Create stores a new pending order.
func (s *Orders) Create(ctx context.Context, o *Order) error {
	o.Status = OrderPending
	o.CreatedAt = time.Now()
	return s.db.WithContext(ctx).Create(o).Error
}

// SetProviderRef remembers the provider's id of the order's payment.
func (s *Orders) SetProviderRef(ctx context.Context, id, provider, ref string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).
		Updates(map[string]interface{}{"provider": provider, "provider_ref": ref}).Error
}

// MarkPaid records that the order was paid.
func (s *Orders) MarkPaid(ctx context.Context, id string) error {
	now := time.Now()
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).
		Updates(map[string]interface{}{"status": OrderPaid, "paid_at": now}).Error
}

// ClaimForPrinting moves a paid order to printing; it reports false when
// another worker or delivery already did.
func (s *Orders) ClaimForPrinting(ctx context.Context, id string) (bool, error) {
	res := s.db.WithContext(ctx).Model(&Order{}).
		Where("id = ? AND status = ?", id, OrderPaid).
		Update("status", OrderPrinting)
	if res.Error != nil {
		return false, res.Error
	}
	return res.RowsAffected == 1, nil
}

// SetPrintRef stores the print partner's order reference.
func (s *Orders) SetPrintRef(ctx context.Context, id, ref string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("print_order_ref", ref).Error
}

// MarkRefunded records a refund.
func (s *Orders) MarkRefunded(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("status", OrderRefunded).Error
}

// StalePending lists orders still pending after the given age.
func (s *Orders) StalePending(ctx context.Context, provider string, age time.Duration) ([]Order, error) {
	var out []Order
	res := s.db.WithContext(ctx).
		Where("status = ? AND provider = ? AND created_at < ?", OrderPending, provider, time.Now().Add(-age)).
		Find(&out)
	return out, res.Error
}
