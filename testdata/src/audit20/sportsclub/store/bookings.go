// Package store persists the club's bookings, fees, memberships and the
// provider events we received, in MySQL.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"audit20/sportsclub/domain"
)

// Bookings is the court bookings table.
type Bookings struct {
	db *sqlx.DB
}

// NewBookings wraps db.
func NewBookings(db *sqlx.DB) *Bookings { return &Bookings{db: db} }

const bookingCols = `id, ref, club_id, court_id, member_id, starts_at, minutes, outdoor,
	price_cents, currency, status, provider, provider_ref, created_at`

// Get loads one booking.
func (s *Bookings) Get(ctx context.Context, id int64) (domain.Booking, error) {
	var b domain.Booking
	err := s.db.GetContext(ctx, &b, `SELECT `+bookingCols+` FROM bookings WHERE id = ?`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return b, domain.ErrNotFound
	}
	return b, err
}

// ByRef loads a booking by its printed reference.
func (s *Bookings) ByRef(ctx context.Context, ref string) (domain.Booking, error) {
	var b domain.Booking
	err := s.db.GetContext(ctx, &b, `SELECT `+bookingCols+` FROM bookings WHERE ref = ?`, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return b, domain.ErrNotFound
	}
	return b, err
}

// Hold inserts a held booking.
func (s *Bookings) Hold(ctx context.Context, b *domain.Booking) error {
	res, err := s.db.NamedExecContext(ctx, `INSERT INTO bookings
		(ref, club_id, court_id, member_id, starts_at, minutes, outdoor, price_cents, currency, status, provider, created_at)
		VALUES (:ref, :club_id, :court_id, :member_id, :starts_at, :minutes, :outdoor, :price_cents, :currency, 'held', :provider, NOW())`, b)
	if err != nil {
		return err
	}
	b.ID, err = res.LastInsertId()
	b.Status = domain.BookingHeld
	return err
}

// SetProviderRef remembers the provider's payment id.
func (s *Bookings) SetProviderRef(ctx context.Context, id int64, provider, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET provider = ?, provider_ref = ? WHERE id = ?`, provider, ref, id)
	return err
}

// MarkPaid confirms a booking.
func (s *Bookings) MarkPaid(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET status = 'confirmed' WHERE id = ?`, id)
	return err
}

// MarkPaidByProviderRef confirms the booking a provider payment belongs to.
func (s *Bookings) MarkPaidByProviderRef(ctx context.Context, provider, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET status = 'confirmed' WHERE provider = ? AND provider_ref = ?`, provider, ref)
	return err
}

// Release frees a held slot whose payment failed.
func (s *Bookings) Release(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET status = 'cancelled' WHERE id = ? AND status = 'held'`, id)
	return err
}

// HeldOlderThan lists bookings still waiting for money after d.
func (s *Bookings) HeldOlderThan(ctx context.Context, provider string, d time.Duration) ([]domain.Booking, error) {
	var out []domain.Booking
	err := s.db.SelectContext(ctx, &out, `SELECT `+bookingCols+` FROM bookings
		WHERE status = 'held' AND provider = ? AND created_at < ? ORDER BY id LIMIT 200`, provider, time.Now().Add(-d))
	return out, err
}

// OutdoorOn lists confirmed outdoor bookings of a club in a time window.
func (s *Bookings) OutdoorOn(ctx context.Context, clubID int64, from, to time.Time) ([]domain.Booking, error) {
	var out []domain.Booking
	err := s.db.SelectContext(ctx, &out, `SELECT `+bookingCols+` FROM bookings
		WHERE club_id = ? AND outdoor = 1 AND status = 'confirmed' AND starts_at BETWEEN ? AND ?`, clubID, from, to)
	return out, err
}

// MarkRainedOut flags a booking and queues its refund in one transaction.
func (s *Bookings) MarkRainedOut(ctx context.Context, b domain.Booking) error {
	tx, err := s.db.Beginx()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE bookings SET status = 'rained_out' WHERE id = ? AND status = 'confirmed'`, b.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO refunds (booking_id, amount_cents, currency, provider, provider_ref, status)
		VALUES (?, ?, ?, ?, ?, 'queued') ON DUPLICATE KEY UPDATE booking_id = booking_id`,
		b.ID, b.PriceCents, b.Currency, b.Provider, b.ProviderRef); err != nil {
		return err
	}
	return tx.Commit()
}

// ByProviderRef loads the booking a provider payment belongs to.
func (s *Bookings) ByProviderRef(ctx context.Context, provider, ref string) (domain.Booking, error) {
	var b domain.Booking
	err := s.db.GetContext(ctx, &b, `SELECT `+bookingCols+` FROM bookings WHERE provider = ? AND provider_ref = ?`, provider, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return b, domain.ErrNotFound
	}
	return b, err
}
