// Package depot keeps a print shop's stock in GORM: some writes take
// items away in the statement, others set a count or take what a
// customer used.
package depot

import (
	"context"

	"gorm.io/gorm"
)

type product struct {
	ID          string
	Inventory   int
	Reserved    int
	Available   int
	CreditsLeft int
}

// Depot is the products table.
type Depot struct{ db *gorm.DB }

// Pick takes n boxes out of the inventory, in the statement.
func (d *Depot) Pick(ctx context.Context, sku string, n int) error {
	return d.db.WithContext(ctx).Model(&product{}).Where("id = ?", sku).
		UpdateColumn("inventory", gorm.Expr("inventory - ?", n)).Error
}

// Recount sets the inventory to a counted value: the same on every call.
func (d *Depot) Recount(ctx context.Context, sku string, n int) error {
	return d.db.WithContext(ctx).Model(&product{}).Where("id = ?", sku).
		Update("inventory", n).Error
}

// Free recomputes what can be sold from two other columns.
func (d *Depot) Free(ctx context.Context, sku string) error {
	return d.db.WithContext(ctx).Model(&product{}).Where("id = ?", sku).
		Updates(map[string]interface{}{"available": gorm.Expr("inventory - reserved")}).Error
}

// UsePrint takes one print credit a customer spends.
func (d *Depot) UsePrint(ctx context.Context, sku string) error {
	return d.db.WithContext(ctx).Model(&product{}).Where("id = ?", sku).
		UpdateColumn("credits_left", gorm.Expr("credits_left - ?", 1)).Error
}
