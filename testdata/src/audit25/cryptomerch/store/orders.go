package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Orders is the gorm-backed order repository.
type Orders struct {
	db *gorm.DB
}

// NewOrders returns the repository.
func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

// Create stores a new order.
func (s *Orders) Create(ctx context.Context, o *Order) error {
	return s.db.WithContext(ctx).Create(o).Error
}

// Get loads an order.
func (s *Orders) Get(ctx context.Context, id string) (*Order, error) {
	var o Order
	if err := s.db.WithContext(ctx).First(&o, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// BySession finds the order of a checkout session.
func (s *Orders) BySession(ctx context.Context, sessionID string) (*Order, error) {
	var o Order
	if err := s.db.WithContext(ctx).Where("session_id = ?", sessionID).First(&o).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// ByCharge finds the order of a commerce charge.
func (s *Orders) ByCharge(ctx context.Context, code string) (*Order, error) {
	var o Order
	if err := s.db.WithContext(ctx).Where("charge_code = ?", code).First(&o).Error; err != nil {
		return nil, err
	}
	return &o, nil
}

// SetCharge records the commerce charge of an order.
func (s *Orders) SetCharge(ctx context.Context, id, code string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("charge_code", code).Error
}

// SetSession records the checkout session of an order.
func (s *Orders) SetSession(ctx context.Context, id, sessionID string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("session_id", sessionID).Error
}

// MarkPaid sets the order paid.
func (s *Orders) MarkPaid(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).
		Updates(map[string]any{"status": OrderPaid, "updated_at": time.Now()}).Error
}

// ClaimPaid moves a pending order to paid and reports whether this call did it.
func (s *Orders) ClaimPaid(ctx context.Context, id string) (bool, error) {
	res := s.db.WithContext(ctx).Exec(
		`UPDATE orders SET status = 'paid', updated_at = NOW() WHERE id = ? AND status = 'pending'`, id)
	if res.Error != nil {
		return false, res.Error
	}
	return res.RowsAffected == 1, nil
}

// MarkRefunded sets the order refunded.
func (s *Orders) MarkRefunded(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("status", OrderRefunded).Error
}

// TakeStock removes n items from a drop's remaining stock.
func (s *Orders) TakeStock(ctx context.Context, dropID string, n int) error {
	return s.db.WithContext(ctx).Exec(`UPDATE drops SET remaining = remaining - ? WHERE id = ?`, n, dropID).Error
}

// MarkFulfilled flags the order as handed to the warehouse / minted.
func (s *Orders) MarkFulfilled(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).
		Updates(map[string]any{"status": OrderPaid, "fulfilled": true}).Error
}

// Preorders is the pre-order repository.
type Preorders struct {
	db *gorm.DB
}

// NewPreorders returns the repository.
func NewPreorders(db *gorm.DB) *Preorders { return &Preorders{db: db} }

// Get loads a pre-order.
func (s *Preorders) Get(ctx context.Context, id string) (*Preorder, error) {
	var p Preorder
	if err := s.db.WithContext(ctx).First(&p, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &p, nil
}

// SetDeposit records the deposit's state and reference.
func (s *Preorders) SetDeposit(ctx context.Context, id, status, ref string) error {
	return s.db.WithContext(ctx).Model(&Preorder{}).Where("id = ?", id).
		Updates(map[string]any{"deposit_status": status, "payment_intent": ref}).Error
}

// SetCharge records the deposit charge.
func (s *Preorders) SetCharge(ctx context.Context, id, code string) error {
	return s.db.WithContext(ctx).Model(&Preorder{}).Where("id = ?", id).Update("charge_code", code).Error
}

// Shipments tracks parcels.
type Shipments struct {
	db *gorm.DB
}

// NewShipments returns the repository.
func NewShipments(db *gorm.DB) *Shipments { return &Shipments{db: db} }

// InTransit lists parcels not delivered yet.
func (s *Shipments) InTransit(ctx context.Context) ([]Shipment, error) {
	var out []Shipment
	err := s.db.WithContext(ctx).Where("state <> ?", "delivered").Find(&out).Error
	return out, err
}

// SetState stores a parcel's carrier state.
func (s *Shipments) SetState(ctx context.Context, id, state string) error {
	return s.db.WithContext(ctx).Model(&Shipment{}).Where("id = ?", id).Update("state", state).Error
}
