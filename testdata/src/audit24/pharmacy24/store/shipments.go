package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// Shipments queues orders for the partner pharmacy to pack and send.
type Shipments struct {
	db *sqlx.DB
}

func NewShipments(db *sqlx.DB) *Shipments { return &Shipments{db: db} }

// ShipRefill releases the first box of a refill subscription to the pharmacy.
func (s *Shipments) ShipRefill(ctx context.Context, subscriptionID string) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO shipments (subscription_id, kind, status, created_at) VALUES ($1, 'refill', 'ready_to_pack', now())`,
		subscriptionID)
	return err
}

func (s *Shipments) Delivered(ctx context.Context, trackingID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE shipments SET status = 'delivered' WHERE tracking_id = $1`, trackingID)
	return err
}
