package wallet

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"

	"audit5/gaming/shop"
)

// Purchase is a completed in-game purchase (the receipt).
type Purchase struct {
	ID         uint `gorm:"primaryKey"`
	PlayerID   string
	SKU        string
	Gems       int64
	ProviderID string
	Status     string
	CreatedAt  time.Time
}

// Player is the player row; Gems is the authoritative balance for the
// Stripe store (mirrored to redis by the game server).
type Player struct {
	ID   string `gorm:"primaryKey"`
	Gems int64
	Pass bool
}

// Purchases completes and revokes Stripe purchases.
type Purchases struct {
	db *gorm.DB
}

// NewPurchases wires the store.
func NewPurchases(db *gorm.DB) *Purchases { return &Purchases{db: db} }

// Complete records the receipt and adds the gems.
func (p *Purchases) Complete(ctx context.Context, sessionID, playerID, sku string) error {
	gems := shop.Catalogue[sku].Gems
	return p.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(&Purchase{PlayerID: playerID, SKU: sku, Gems: gems, ProviderID: sessionID, Status: "paid"}).Error; err != nil {
			return err
		}
		return tx.Model(&Player{}).Where("id = ?", playerID).
			UpdateColumn("gems", gorm.Expr("gems + ?", gems)).Error
	})
}

// Revoke takes the gems of a refunded or disputed purchase back; the
// status change from paid is the guard against a repeated event.
func (p *Purchases) Revoke(ctx context.Context, sessionID string) error {
	return p.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&Purchase{}).Where("provider_id = ? AND status = ?", sessionID, "paid").Update("status", "revoked")
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return nil
		}
		var pu Purchase
		if err := tx.Where("provider_id = ?", sessionID).First(&pu).Error; err != nil {
			return err
		}
		return tx.Model(&Player{}).Where("id = ?", pu.PlayerID).
			UpdateColumn("gems", gorm.Expr("gems - ?", pu.Gems)).Error
	})
}

// Orders is the gorm store of web-shop orders.
type Orders struct{ db *gorm.DB }

// NewOrders wires the store.
func NewOrders(db *gorm.DB) *Orders { return &Orders{db: db} }

// Create inserts a pending order.
func (o *Orders) Create(ctx context.Context, ord *shop.Order) error {
	return o.db.WithContext(ctx).Create(ord).Error
}

// Get loads an order.
func (o *Orders) Get(ctx context.Context, id string) (*shop.Order, error) {
	var ord shop.Order
	if err := o.db.WithContext(ctx).First(&ord, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &ord, nil
}

// MarkPaid sets the order paid.
func (o *Orders) MarkPaid(ctx context.Context, id, ref string) error {
	res := o.db.WithContext(ctx).Model(&shop.Order{}).Where("id = ?", id).
		Updates(map[string]any{"status": "paid", "provider_ref": ref})
	if res.RowsAffected == 0 {
		return errors.New("order not found")
	}
	return res.Error
}
