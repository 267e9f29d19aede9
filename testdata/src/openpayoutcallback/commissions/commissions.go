// Package commissions stores the commissions paid out to travel agents
// and the transfers that carry them, with pgx and database/sql.
package commissions

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Commissions is the commissions table.
type Commissions struct{ Pool *pgxpool.Pool }

// SetPayoutStatus stores what the payout bank reports for a payout.
func (c *Commissions) SetPayoutStatus(ctx context.Context, payoutRef, status string) error {
	_, err := c.Pool.Exec(ctx, `UPDATE commissions SET status = $1, updated_at = now() WHERE payout_ref = $2`, status, payoutRef)
	return err
}

// Transfers is the transfers table.
type Transfers struct{ DB *sql.DB }

// Record stores the state a transfer reached.
func (t *Transfers) Record(ctx context.Context, id, status string) error {
	_, err := t.DB.ExecContext(ctx, `UPDATE transfers SET status = $1, updated_at = now() WHERE id = $2`, status, id)
	return err
}

// Deliveries logs the callbacks received.
type Deliveries struct{ DB *sql.DB }

// SetDeliveryStatus records how far the processing of a callback went.
func (d *Deliveries) SetDeliveryStatus(ctx context.Context, ref, status string) error {
	_, err := d.DB.ExecContext(ctx, `UPDATE webhook_deliveries SET status = $1 WHERE ref = $2`, status, ref)
	return err
}
