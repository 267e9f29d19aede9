// Package tickets issues QR-coded tickets for paid orders.
package tickets

import (
	"context"
	"database/sql"
)

type Service struct {
	db *sql.DB
}

func NewService(db *sql.DB) *Service { return &Service{db: db} }

// IssueForOrder marks the order paid and issues one QR ticket per seat.
func (s *Service) IssueForOrder(ctx context.Context, orderID string) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE id = $1`, orderID); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO tickets (order_id, seat_id, qr) SELECT order_id, seat_id, gen_random_uuid() FROM order_seats WHERE order_id = $1`,
		orderID)
	return err
}

// OrderIDForPayPal maps a PayPal order id to our order.
func (s *Service) OrderIDForPayPal(ctx context.Context, paypalOrderID string) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT id FROM orders WHERE paypal_order_id = $1`, paypalOrderID).Scan(&id)
	return id, err
}
