package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// DayPasses issues the QR pass a walk-in member shows at the front desk.
type DayPasses struct {
	pool *pgxpool.Pool
}

func NewDayPasses(pool *pgxpool.Pool) *DayPasses { return &DayPasses{pool: pool} }

// Issue marks the day-pass booking paid and creates its QR token.
func (d *DayPasses) Issue(ctx context.Context, bookingID string) error {
	_, err := d.pool.Exec(ctx, `UPDATE bookings SET status = 'paid', qr_token = gen_random_uuid() WHERE id = $1 AND kind = 'day_pass'`, bookingID)
	return err
}

// CreditPack adds meeting-room hours bought as a pack to a company.
func (d *DayPasses) CreditPack(ctx context.Context, packID string) error {
	_, err := d.pool.Exec(ctx, `UPDATE room_packs SET status = 'paid', hours_left = hours WHERE id = $1 AND status = 'pending'`, packID)
	return err
}
