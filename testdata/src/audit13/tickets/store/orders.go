// Package store persists orders, listings and seat holds.
package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit13/tickets/domain"
)

// Orders is the GORM-backed order table.
type Orders struct{ db *gorm.DB }

// NewOrders wraps a GORM handle.
func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

// LedgerEntry is one line of the money ledger.
type LedgerEntry struct {
	ID          int64
	OrderRef    string
	Kind        string
	AmountMinor int64
	Currency    string
	PSPRef      string
}

// Create inserts a new pending order.
func (s *Orders) Create(ctx context.Context, o *domain.Order) error {
	o.Status, o.CreatedAt = domain.OrderPending, time.Now()
	return s.db.WithContext(ctx).Create(o).Error
}

// ByRef loads one order by its public reference.
func (s *Orders) ByRef(ctx context.Context, ref string) (domain.Order, error) {
	var o domain.Order
	err := s.db.WithContext(ctx).Where("ref = ?", ref).First(&o).Error
	return o, err
}

// SetPSPRef records the provider's id for an order.
func (s *Orders) SetPSPRef(ctx context.Context, ref, psp string) error {
	return s.db.WithContext(ctx).Model(&domain.Order{}).Where("ref = ?", ref).Update("psp_ref", psp).Error
}

// SetStatus moves an order to a new status.
func (s *Orders) SetStatus(ctx context.Context, ref string, st domain.OrderStatus) error {
	return s.db.WithContext(ctx).Model(&domain.Order{}).Where("ref = ?", ref).Update("status", st).Error
}

// PaidForEvent lists the paid orders of one event.
func (s *Orders) PaidForEvent(ctx context.Context, eventID int64) ([]domain.Order, error) {
	var out []domain.Order
	err := s.db.WithContext(ctx).Where("event_id = ? AND status = ?", eventID, domain.OrderPaid).Find(&out).Error
	return out, err
}

// PendingOlderThan lists orders of a provider still pending after d.
func (s *Orders) PendingOlderThan(ctx context.Context, p domain.Provider, d time.Duration) ([]domain.Order, error) {
	var out []domain.Order
	err := s.db.WithContext(ctx).
		Where("provider = ? AND status = ? AND created_at < ?", p, domain.OrderPending, time.Now().Add(-d)).
		Find(&out).Error
	return out, err
}

// AddLedgerEntry appends a ledger line.
func (s *Orders) AddLedgerEntry(ctx context.Context, e *LedgerEntry) error {
	return s.db.WithContext(ctx).Create(e).Error
}

// CreditSeller adds a resale sale's net amount to the seller's wallet.
func (s *Orders) CreditSeller(ctx context.Context, sellerID, amountMinor int64) error {
	return s.db.WithContext(ctx).Table("sellers").Where("id = ?", sellerID).
		Update("balance_minor", gorm.Expr("balance_minor + ?", amountMinor)).Error
}

// EmailFor finds the contact e-mail of the seller behind a Connect account.
func (s *Orders) EmailFor(account string) (string, error) {
	var row struct{ Email string }
	err := s.db.Table("sellers").Where("stripe_account = ?", account).First(&row).Error
	return row.Email, err
}
