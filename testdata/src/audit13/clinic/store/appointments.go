package store

import (
	"context"

	"audit13/clinic/domain"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Appointments is the pgx-backed domain.AppointmentStore.
type Appointments struct {
	pool *pgxpool.Pool
}

// NewAppointments returns an appointment store.
func NewAppointments(pool *pgxpool.Pool) *Appointments { return &Appointments{pool: pool} }

func (s *Appointments) Get(ctx context.Context, id string) (*domain.Appointment, error) {
	var a domain.Appointment
	err := s.pool.QueryRow(ctx, `SELECT id, patient_id, clinician_id, starts_at, status, deposit_cents, currency,
		payment_intent_id, deposit_status FROM appointments WHERE id = $1`, id).
		Scan(&a.ID, &a.PatientID, &a.ClinicianID, &a.StartsAt, &a.Status, &a.DepositCents, &a.Currency,
			&a.PaymentIntentID, &a.DepositStatus)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func (s *Appointments) SetDeposit(ctx context.Context, id, paymentIntentID, status string) error {
	_, err := s.pool.Exec(ctx, `UPDATE appointments SET payment_intent_id = $2, deposit_status = $3, updated_at = now()
		WHERE id = $1`, id, paymentIntentID, status)
	return err
}

// Events is the pgx-backed domain.EventLog.
type Events struct {
	pool *pgxpool.Pool
}

// NewEvents returns an event log.
func NewEvents(pool *pgxpool.Pool) *Events { return &Events{pool: pool} }

// Claim inserts the event id; a second delivery of the same event affects no row.
func (e *Events) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx, `INSERT INTO webhook_events (provider, event_id, received_at)
		VALUES ($1, $2, now()) ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}
