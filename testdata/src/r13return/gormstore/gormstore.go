// Package gormstore keeps orders with GORM.
package gormstore

import (
	"context"

	"gorm.io/gorm"
)

type Order struct {
	ID     string
	Status string
}

// Store writes whatever status it is handed into orders.status.
type Store struct{ db *gorm.DB }

func New(db *gorm.DB) *Store { return &Store{db: db} }

func (s *Store) SetOrderStatus(ctx context.Context, id, status string) error {
	return s.db.WithContext(ctx).Model(&Order{ID: id}).Update("status", status).Error
}

// Parking only ever parks an order as pending, whatever it is handed.
type Parking struct{ db *gorm.DB }

func NewParking(db *gorm.DB) *Parking { return &Parking{db: db} }

func (p *Parking) SetOrderStatus(ctx context.Context, id, status string) error {
	return p.db.WithContext(ctx).Model(&Order{ID: id}).Update("status", "pending").Error
}
