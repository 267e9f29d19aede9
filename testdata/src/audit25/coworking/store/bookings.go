// Package store is the persistence layer: bookings over pgx, billing
// records over bun, delivery markers in redis.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

var ErrNotFound = errors.New("not found")

// Booking is a day pass or a meeting-room slot.
type Booking struct {
	ID          string
	MemberID    string
	Site        string // "ams-keizersgracht", "ber-mitte", "lon-shoreditch"
	Kind        string // "day_pass", "meeting_room"
	AmountMinor int64
	Currency    string
	Status      string // "pending_payment", "confirmed", "cancelled", "refunded"
	PSPRef      string
	StartsAt    time.Time
}

type Bookings struct {
	pool *pgxpool.Pool
}

func NewBookings(pool *pgxpool.Pool) *Bookings { return &Bookings{pool: pool} }

func (b *Bookings) Get(ctx context.Context, id string) (*Booking, error) {
	var bk Booking
	err := b.pool.QueryRow(ctx, `SELECT id, member_id, site, kind, amount_minor, currency, status, psp_ref, starts_at
		FROM bookings WHERE id = $1`, id).Scan(&bk.ID, &bk.MemberID, &bk.Site, &bk.Kind, &bk.AmountMinor, &bk.Currency, &bk.Status, &bk.PSPRef, &bk.StartsAt)
	if err != nil {
		return nil, err
	}
	return &bk, nil
}

// SetStatus moves a booking to a new status and records the PSP reference.
func (b *Bookings) SetStatus(ctx context.Context, id, status, pspRef string) error {
	_, err := b.pool.Exec(ctx, `UPDATE bookings SET status = $2, psp_ref = COALESCE(NULLIF($3, ''), psp_ref), updated_at = now() WHERE id = $1`, id, status, pspRef)
	return err
}

// Confirm marks a booking paid and issues the door code for the day.
func (b *Bookings) Confirm(ctx context.Context, id, pspRef string) error {
	_, err := b.pool.Exec(ctx, `UPDATE bookings SET status = 'confirmed', psp_ref = $2, door_code = substr(md5(random()::text), 1, 6) WHERE id = $1`, id, pspRef)
	return err
}

// RecordPayment stores one Adyen payment against its booking; the unique
// index on psp_reference keeps a replayed notification from adding a row.
func (b *Bookings) RecordPayment(ctx context.Context, bookingID, pspRef string, amountMinor int64, currency string) (bool, error) {
	tag, err := b.pool.Exec(ctx, `INSERT INTO booking_payments (booking_id, psp_reference, amount_minor, currency)
		VALUES ($1, $2, $3, $4) ON CONFLICT (psp_reference) DO NOTHING`, bookingID, pspRef, amountMinor, currency)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}
