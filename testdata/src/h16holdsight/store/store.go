// Package store keeps a studio's class bookings and users (sqlx).
package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// Bookings is the booking store.
type Bookings struct{ db *sqlx.DB }

// NewBookings returns the store.
func NewBookings(db *sqlx.DB) *Bookings { return &Bookings{db: db} }

// SetPaymentStatus stores the booking's payment status.
func (s *Bookings) SetPaymentStatus(ctx context.Context, id, st string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET payment_status = ? WHERE id = ?`, st, id)
	return err
}

// MarkHeld records that the card is authorised for the booking.
func (s *Bookings) MarkHeld(ctx context.Context, id string) {
	s.db.MustExecContext(ctx, `UPDATE attendances SET deposit_status = 'requires_capture', held_at = now() WHERE booking_id = ?`, id)
}

// Users is the user store.
type Users struct{ db *sqlx.DB }

// NewUsers returns the store.
func NewUsers(db *sqlx.DB) *Users { return &Users{db: db} }

// SetStatus stores the user's account status.
func (u *Users) SetStatus(ctx context.Context, id, st string) error {
	_, err := u.db.ExecContext(ctx, `UPDATE users SET status = ? WHERE id = ?`, st, id)
	return err
}
