// Package codes keeps gift memberships and their redemption codes (GORM).
package codes

import (
	"context"
	"crypto/rand"
	"encoding/base32"

	"gorm.io/gorm"
)

// Gift is a gift membership bought online.
type Gift struct {
	ID     string
	Status string
	Code   string
}

// Visit is a buyer's return to a gift page.
type Visit struct {
	ID     int64
	GiftID string
}

// Invoice is the bill of a corporate gift order.
type Invoice struct {
	ID     string
	Status string
	Number string
}

func newCode() string {
	b := make([]byte, 10)
	_, _ = rand.Read(b)
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)
}

// Gifts issues gift codes.
type Gifts struct{ db *gorm.DB }

// NewGifts builds the store.
func NewGifts(db *gorm.DB) *Gifts { return &Gifts{db: db} }

// Issue gives a bought gift its redemption code.
func (g *Gifts) Issue(ctx context.Context, giftID string) (string, error) {
	return g.Generate(ctx, giftID)
}

// Generate draws a bought gift's redemption code and marks it issued.
func (g *Gifts) Generate(ctx context.Context, giftID string) (string, error) {
	code := newCode()
	err := g.db.WithContext(ctx).Model(&Gift{}).Where("id = ?", giftID).
		Updates(map[string]any{"status": "issued", "code": code}).Error
	return code, err
}

// Visits records returns to the gift pages.
type Visits struct{ db *gorm.DB }

// NewVisits builds the store.
func NewVisits(db *gorm.DB) *Visits { return &Visits{db: db} }

// Record inserts a visit row; nothing is handed over.
func (v *Visits) Record(ctx context.Context, giftID string) error {
	return v.db.WithContext(ctx).Create(&Visit{GiftID: giftID}).Error
}

// Invoices issues the bills of corporate gift orders.
type Invoices struct{ db *gorm.DB }

// NewInvoices builds the store.
func NewInvoices(db *gorm.DB) *Invoices { return &Invoices{db: db} }

// Bill numbers the invoice and marks it issued: a bill sent, nothing
// handed over.
func (s *Invoices) Bill(ctx context.Context, invoiceID string) (string, error) {
	number := newCode()
	err := s.db.WithContext(ctx).Model(&Invoice{}).Where("id = ?", invoiceID).
		Updates(map[string]any{"status": "issued", "number": number}).Error
	return number, err
}
