// Package issuing turns a completed Square payment into tickets.
package issuing

import (
	"context"
	"database/sql"
)

type Service struct {
	DB *sql.DB
}

// PaymentCompleted marks the order paid (only once: the status guard makes
// a redelivery a no-op) and issues its tickets.
func (s *Service) PaymentCompleted(ctx context.Context, squareOrderID, paymentID string) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx,
		`UPDATE orders SET status = 'paid', square_payment_id = $2 WHERE square_order_id = $1 AND status = 'pending'`,
		squareOrderID, paymentID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO tickets (order_id, seat_id, qr) SELECT o.id, s.seat_id, gen_random_uuid() FROM orders o JOIN order_seats s ON s.order_id = o.id WHERE o.square_order_id = $1`,
		squareOrderID); err != nil {
		return err
	}
	return tx.Commit()
}
