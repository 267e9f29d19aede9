// Package store implements catalog's repository with GORM.
package store

import (
	"context"

	"gorm.io/gorm"

	"domainsetter/catalog"
)

// Purchases is the GORM repository.
type Purchases struct{ DB *gorm.DB }

// ByID reads a purchase.
func (r *Purchases) ByID(ctx context.Context, id string) (catalog.Purchase, error) {
	var p catalog.Purchase
	err := r.DB.WithContext(ctx).First(&p, "id = ?", id).Error
	return p, err
}

// Update saves the purchase whole.
func (r *Purchases) Update(ctx context.Context, p *catalog.Purchase) error {
	return r.DB.WithContext(ctx).Save(p).Error
}
