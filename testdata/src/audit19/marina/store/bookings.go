// Package store persists berth bookings, charter earnings and provider events.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"
)

// Booking states.
const (
	StatusPending   = "pending"
	StatusConfirmed = "confirmed"
	StatusCancelled = "cancelled"
)

// Booking is a berth (or charter boat) reservation.
type Booking struct {
	ID            string    `db:"id"`
	BerthID       string    `db:"berth_id"`
	OwnerID       string    `db:"owner_id"`
	SkipperPhone  string    `db:"skipper_phone"`
	SkipperEmail  string    `db:"skipper_email"`
	AmountCents   int64     `db:"amount_cents"`
	Currency      string    `db:"currency"`
	Status        string    `db:"status"`
	Provider      string    `db:"provider"`
	ProviderRef   string    `db:"provider_ref"`
	DepositIntent string    `db:"deposit_intent"`
	ArrivesAt     time.Time `db:"arrives_at"`
}

// ErrNotFound is returned when no booking matches.
var ErrNotFound = errors.New("store: booking not found")

// Bookings is the sqlx-backed booking repository.
type Bookings struct {
	db *sqlx.DB
}

// NewBookings returns a repository over db.
func NewBookings(db *sqlx.DB) *Bookings { return &Bookings{db: db} }

// Get loads one booking.
func (b *Bookings) Get(ctx context.Context, id string) (*Booking, error) {
	var bk Booking
	err := b.db.GetContext(ctx, &bk, `SELECT * FROM bookings WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &bk, err
}

// MarkPaid confirms a booking once its payment is known to have succeeded.
func (b *Bookings) MarkPaid(ctx context.Context, id, providerRef string) error {
	_, err := b.db.ExecContext(ctx,
		`UPDATE bookings SET status = 'confirmed', provider_ref = $2 WHERE id = $1`, id, providerRef)
	return err
}

// ConfirmPending moves a pending booking to confirmed and reports whether
// this call made the change.
func (b *Bookings) ConfirmPending(ctx context.Context, id, providerRef string) (bool, error) {
	res, err := b.db.ExecContext(ctx,
		`UPDATE bookings SET status = 'confirmed', provider_ref = $2 WHERE id = $1 AND status = 'pending'`,
		id, providerRef)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// SetDepositHold stores the state of the damage-deposit authorisation.
func (b *Bookings) SetDepositHold(ctx context.Context, id, intentID, state string) error {
	_, err := b.db.ExecContext(ctx,
		`UPDATE bookings SET deposit_intent = $2, deposit_state = $3 WHERE id = $1`, id, intentID, state)
	return err
}

// IssueGateCode stores the pontoon gate code for a confirmed booking.
func (b *Bookings) IssueGateCode(ctx context.Context, id, code string) error {
	_, err := b.db.ExecContext(ctx,
		`INSERT INTO gate_codes (booking_id, code) VALUES ($1, $2) ON CONFLICT (booking_id) DO NOTHING`, id, code)
	return err
}

// Settled lists confirmed bookings whose stay has ended and whose owner
// has not been paid out yet.
func (b *Bookings) Settled(ctx context.Context, before time.Time) ([]Booking, error) {
	var out []Booking
	err := b.db.SelectContext(ctx, &out, `SELECT * FROM bookings
		WHERE status = 'confirmed' AND departs_at < $1 AND payout_id IS NULL`, before)
	return out, err
}

// SetPayout records the Connect transfer made for a booking.
func (b *Bookings) SetPayout(ctx context.Context, id, transferID string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE bookings SET payout_id = $2 WHERE id = $1`, id, transferID)
	return err
}

// RecordLedger appends a revenue line for a booking.
func (b *Bookings) RecordLedger(ctx context.Context, bookingID string, cents int64, source string) error {
	_, err := b.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (booking_id, amount_cents, source) VALUES ($1, $2, $3)`,
		bookingID, cents, source)
	return err
}

// MarkRefunded flags a booking whose payment was refunded.
func (b *Bookings) MarkRefunded(ctx context.Context, id string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE bookings SET status = 'refunded' WHERE id = $1`, id)
	return err
}

// WeatherExposed lists confirmed bookings arriving on the given day.
func (b *Bookings) WeatherExposed(ctx context.Context, day time.Time) ([]Booking, error) {
	var out []Booking
	err := b.db.SelectContext(ctx, &out, `SELECT * FROM bookings
		WHERE status = 'confirmed' AND arrives_at::date = $1::date`, day)
	return out, err
}

// DB exposes the handle for the few read queries of the workers.
func (b *Bookings) DB() *sqlx.DB { return b.db }
