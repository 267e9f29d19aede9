// Package pgstore keeps the box office's orders with GORM.
package pgstore

import (
	"context"
	"time"

	"gorm.io/gorm"

	"rfapages/tickets"
)

type orderRow struct {
	Ref    string
	Status string
	PaidAt time.Time
}

func (orderRow) TableName() string { return "orders" }

type Orders struct{ db *gorm.DB }

func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

func (o *Orders) Get(ctx context.Context, ref string) (*tickets.Order, error) {
	var r orderRow
	err := o.db.WithContext(ctx).First(&r, "ref = ?", ref).Error
	return &tickets.Order{Ref: r.Ref, Status: r.Status}, err
}

func (o *Orders) SetPaid(ctx context.Context, ref string) error {
	return o.db.WithContext(ctx).Model(&orderRow{}).Where("ref = ?", ref).Update("status", "paid").Error
}

// Close closes a season pass's order as paid.
func (o *Orders) Close(ctx context.Context, ref string) error {
	return o.db.WithContext(ctx).Model(&orderRow{}).Where("ref = ?", ref).Updates(map[string]any{"status": "paid", "paid_at": time.Now()}).Error
}

func (o *Orders) MarkProcessing(ctx context.Context, ref string) error {
	return o.db.WithContext(ctx).Model(&orderRow{}).Where("ref = ?", ref).Update("status", "processing").Error
}

// Holds only ever parks an order as pending.
type Holds struct{ db *gorm.DB }

func (h *Holds) Get(ctx context.Context, ref string) (*tickets.Order, error) { return nil, nil }

func (h *Holds) SetPaid(ctx context.Context, ref string) error {
	return h.db.WithContext(ctx).Model(&orderRow{}).Where("ref = ?", ref).Update("status", "pending").Error
}

func (h *Holds) MarkProcessing(ctx context.Context, ref string) error { return nil }

func (h *Holds) Close(ctx context.Context, ref string) error {
	return h.db.WithContext(ctx).Model(&orderRow{}).Where("ref = ?", ref).Update("status", "pending").Error
}

type Accounts struct{ db *gorm.DB }

func (a *Accounts) Link(ctx context.Context, code string) error {
	return a.db.WithContext(ctx).Exec("UPDATE accounts SET linked = true WHERE code = ?", code).Error
}
