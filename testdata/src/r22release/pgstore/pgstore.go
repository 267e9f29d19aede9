// Package pgstore keeps the shop's purchases and stock holds with GORM.
package pgstore

import (
	"context"

	"gorm.io/gorm"
)

// Purchase is a buyer's purchase of a kit.
type Purchase struct {
	ID     int64
	Ref    string
	Status string
}

// Purchases is the purchase repository.
type Purchases struct{ db *gorm.DB }

// NewPurchases returns the repository.
func NewPurchases(db *gorm.DB) *Purchases { return &Purchases{db: db} }

// Get loads a purchase.
func (p *Purchases) Get(ctx context.Context, ref string) (*Purchase, error) {
	var out Purchase
	err := p.db.WithContext(ctx).Where("ref = ?", ref).First(&out).Error
	return &out, err
}

// Dispatch hands the kit to the courier.
func (p *Purchases) Dispatch(ctx context.Context, ref string) error {
	return p.db.WithContext(ctx).Model(&Purchase{}).Where("ref = ?", ref).Update("status", "dispatched").Error
}

// StockHold is a kit held for a buyer while they pay.
type StockHold struct {
	ID     int64
	Ref    string
	Status string
}

// Holds is the stock hold repository.
type Holds struct{ db *gorm.DB }

// NewHolds returns the repository.
func NewHolds(db *gorm.DB) *Holds { return &Holds{db: db} }

// Dispatch frees the held kit for other buyers: it names the same step
// as Purchases.Dispatch, but releases a hold.
func (h *Holds) Dispatch(ctx context.Context, ref string) error {
	return h.db.WithContext(ctx).Model(&StockHold{}).Where("ref = ?", ref).Update("status", "released").Error
}
