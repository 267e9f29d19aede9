// Package store keeps invoices with GORM.
package store

import (
	"context"

	"gorm.io/gorm"

	"m19open/domain"
)

// Invoices is the GORM invoice repository.
type Invoices struct{ db *gorm.DB }

// New returns the repository.
func New(db *gorm.DB) *Invoices { return &Invoices{db: db} }

// ByExternalID loads one invoice.
func (s *Invoices) ByExternalID(ctx context.Context, externalID string) (*domain.Invoice, error) {
	var inv domain.Invoice
	err := s.db.WithContext(ctx).Where("external_id = ?", externalID).First(&inv).Error
	return &inv, err
}

// Save writes the invoice whole.
func (s *Invoices) Save(ctx context.Context, inv *domain.Invoice) error {
	return s.db.WithContext(ctx).Save(inv).Error
}
