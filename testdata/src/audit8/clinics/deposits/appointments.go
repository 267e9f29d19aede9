// Package deposits takes the deposit that holds a new-patient appointment
// (hosted card page, Braintree) and handles the page the patient returns to.
package deposits

import (
	"context"
	"database/sql"
)

// Appointments is the booking repository.
type Appointments struct{ db *sql.DB }

func NewAppointments(db *sql.DB) *Appointments { return &Appointments{db: db} }

// ConfirmDeposit marks the deposit paid and the slot held.
func (a *Appointments) ConfirmDeposit(ctx context.Context, apptID, txnID string) error {
	_, err := a.db.ExecContext(ctx,
		`UPDATE appointments SET deposit_status = 'paid', deposit_txn = $1, status = 'booked' WHERE id = $2`,
		txnID, apptID)
	return err
}

// RememberReturn records that the patient came back from the card page,
// for the funnel dashboard.
func (a *Appointments) RememberReturn(ctx context.Context, apptID, outcome string) error {
	_, err := a.db.ExecContext(ctx,
		`INSERT INTO deposit_page_visits (appointment_id, outcome) VALUES ($1, $2)`, apptID, outcome)
	return err
}
