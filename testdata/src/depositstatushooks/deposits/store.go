// Package deposits keeps the trip deposits' payment rows.
package deposits

import (
	"database/sql"
	"fmt"
)

const StatusPaid = "paid"

type Store struct{ db *sql.DB }

func New(db *sql.DB) *Store { return &Store{db: db} }

// UpdatePaymentStatus stores the status it is handed; only "paid" also
// stamps paid_at.
func (s *Store) UpdatePaymentStatus(sessionID, status, paymentIntent string) error {
	valid := map[string]bool{"pending": true, "paid": true, "failed": true, "refunded": true}
	if !valid[status] {
		return fmt.Errorf("invalid payment status: %s", status)
	}
	if status == "paid" {
		_, err := s.db.Exec(`UPDATE payments SET status = ?, stripe_payment_intent = ?, paid_at = datetime('now')
			WHERE stripe_session_id = ?`, status, paymentIntent, sessionID)
		return err
	}
	_, err := s.db.Exec(`UPDATE payments SET status = ?, stripe_payment_intent = ? WHERE stripe_session_id = ?`,
		status, paymentIntent, sessionID)
	return err
}

// SetDepositState returns early for every state but paid, then stamps
// the deposit paid.
func (s *Store) SetDepositState(sessionID, state string) error {
	if state != StatusPaid {
		_, err := s.db.Exec(`UPDATE deposits SET state = ? WHERE session_id = ?`, state, sessionID)
		return err
	}
	_, err := s.db.Exec(`UPDATE deposits SET state = 'paid', paid_at = now() WHERE session_id = ?`, sessionID)
	return err
}

// CloseSession marks the session's deposit paid whatever it is handed:
// the note is only logged.
func (s *Store) CloseSession(sessionID, note string) error {
	if note == "expired" {
		fmt.Println("closing an expired session", sessionID)
	}
	_, err := s.db.Exec(`UPDATE payments SET status = 'paid', paid_at = datetime('now') WHERE stripe_session_id = ?`, sessionID)
	return err
}
