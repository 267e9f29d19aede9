// Package cartstore keeps cart orders with bun.
package cartstore

import (
	"context"

	"github.com/uptrace/bun"

	"bunstatushooks/orderstate"
)

// Orders is the order table.
type Orders struct{ db *bun.DB }

// NewOrders returns the store.
func NewOrders(db *bun.DB) *Orders { return &Orders{db: db} }

// SetStatus stores the state it is handed.
func (s *Orders) SetStatus(ctx context.Context, id string, st orderstate.Status) error {
	_, err := s.db.NewUpdate().Table("cart_orders").Set("status = ?", string(st)).Where("id = ?", id).Exec(ctx)
	return err
}

// AddNote stores a note on the order.
func (s *Orders) AddNote(ctx context.Context, id, note string) error {
	_, err := s.db.NewUpdate().Table("cart_orders").Set("note = ?", note).Where("id = ?", id).Exec(ctx)
	return err
}

// LogStatus appends the state to the order's audit log.
func (s *Orders) LogStatus(ctx context.Context, id string, st orderstate.Status) error {
	_, err := s.db.NewUpdate().Table("order_audit_log").Set("status = ?", string(st)).Where("order_id = ?", id).Exec(ctx)
	return err
}
