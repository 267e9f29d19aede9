// Package loyalty keeps a coffee chain's orders and loyalty points.
package loyalty

import (
	"context"
	"errors"

	"github.com/jmoiron/sqlx"
)

// ErrSeen says the event was handled before.
var ErrSeen = errors.New("event seen")

// Store keeps orders and points.
type Store struct{ db *sqlx.DB }

// SettleOrder moves a pending order to paid; false when it was not
// pending (paid before).
func (s *Store) SettleOrder(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE cafe_orders SET status = 'paid' WHERE id = $1 AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddPoints adds loyalty points to the customer's balance.
func (s *Store) AddPoints(ctx context.Context, customer string, points int) error {
	_, err := s.db.ExecContext(ctx, `UPDATE customers SET points = points + $1 WHERE id = $2`, points, customer)
	return err
}

// Remember records the event id once; ErrSeen on a repeat.
func (s *Store) Remember(ctx context.Context, eventID string) error {
	res, err := s.db.ExecContext(ctx, `INSERT INTO cafe_events (id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrSeen
	}
	return nil
}
