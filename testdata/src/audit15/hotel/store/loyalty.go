package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Loyalty keeps guests' point balances.
type Loyalty struct{ pool *pgxpool.Pool }

// NewLoyalty returns the pgx-backed booking.Loyalty.
func NewLoyalty(pool *pgxpool.Pool) *Loyalty { return &Loyalty{pool: pool} }

// Credit adds points to the guest's balance and writes the movement to
// the points history shown in the guest app.
func (l *Loyalty) Credit(ctx context.Context, guestID string, points int64, reason string) error {
	if points <= 0 {
		return nil
	}
	tag, err := l.pool.Exec(ctx,
		`UPDATE loyalty_accounts SET points = points + $1, updated_at = now() WHERE guest_id = $2`,
		points, guestID)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("loyalty: no account for guest %s", guestID)
	}
	_, err = l.pool.Exec(ctx,
		`INSERT INTO loyalty_history (guest_id, points, reason) VALUES ($1, $2, $3)`,
		guestID, points, reason)
	return err
}

// Balance returns the guest's current points.
func (l *Loyalty) Balance(ctx context.Context, guestID string) (int64, error) {
	var n int64
	err := l.pool.QueryRow(ctx, `SELECT points FROM loyalty_accounts WHERE guest_id = $1`, guestID).Scan(&n)
	return n, err
}
