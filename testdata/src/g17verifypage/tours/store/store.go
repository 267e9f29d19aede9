// Package store keeps a tour operator's bookings in MySQL.
package store

import (
	"database/sql"
	"errors"
)

// Bookings is what the pages ask of the store.
type Bookings interface {
	VerifyBooking(id int, result string) (int, error)
	Booking(id int) (string, error)
}

type SQLBookings struct{ DB *sql.DB }

var _ Bookings = (*SQLBookings)(nil)

// VerifyBooking stores the outcome it is handed: paid, or cancelled with
// the seats given back.
func (s *SQLBookings) VerifyBooking(id int, result string) (int, error) {
	if result == "cancelled" {
		if _, err := s.DB.Exec("UPDATE tour_seats SET free = free + 1 WHERE booking_id = ?", id); err != nil {
			return 500, err
		}
		_, err := s.DB.Exec("UPDATE bookings SET payment_status = 'cancelled' WHERE id = ?", id)
		return 200, err
	}
	res, err := s.DB.Exec("UPDATE bookings SET payment_status = 'paid' WHERE id = ? AND payment_status = 'pending'", id)
	if err != nil {
		return 500, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return 409, errors.New("not pending")
	}
	return 200, nil
}

// Booking answers the provider's payment intent id of a booking.
func (s *SQLBookings) Booking(id int) (string, error) {
	var intent string
	err := s.DB.QueryRow("SELECT intent_id FROM bookings WHERE id = ?", id).Scan(&intent)
	return intent, err
}
