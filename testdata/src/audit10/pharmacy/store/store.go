// Package store is the Postgres data layer.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"

	"audit10/pharmacy/domain"
)

// Store wraps the sqlx handle and a pgx pool used for hot paths.
type Store struct {
	db   *sqlx.DB
	pool *pgxpool.Pool
}

// New returns a Store.
func New(db *sqlx.DB, pool *pgxpool.Pool) *Store { return &Store{db: db, pool: pool} }

// ConsultationByRef loads a consultation by its provider reference.
func (s *Store) ConsultationByRef(ctx context.Context, ref string) (*domain.Consultation, error) {
	var c domain.Consultation
	err := s.db.GetContext(ctx, &c, `SELECT * FROM consultations WHERE provider_ref = $1`, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	return &c, err
}

// Consultation loads a consultation by id.
func (s *Store) Consultation(ctx context.Context, id string) (*domain.Consultation, error) {
	var c domain.Consultation
	err := s.db.GetContext(ctx, &c, `SELECT * FROM consultations WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	return &c, err
}

// SetConsultationStatus stores a consultation's status.
func (s *Store) SetConsultationStatus(ctx context.Context, id, status, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE consultations SET status = $2, payment_id = COALESCE(NULLIF($3, ''), payment_id), updated_at = now() WHERE id = $1`,
		id, status, paymentID)
	return err
}

// MarkConsultationPaidOnce moves a pending consultation to paid and
// reports whether this call did it.
func (s *Store) MarkConsultationPaidOnce(ctx context.Context, id, paymentID string) (bool, error) {
	tag, err := s.pool.Exec(ctx,
		`UPDATE consultations SET status = 'paid', payment_id = $2 WHERE id = $1 AND status = 'pending'`,
		id, paymentID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// LedgerEntry is one line of the patient ledger.
type LedgerEntry struct {
	PatientID   string    `db:"patient_id"`
	Kind        string    `db:"kind"`
	Ref         string    `db:"ref"`
	AmountMinor int64     `db:"amount_minor"`
	Currency    string    `db:"currency"`
	CreatedAt   time.Time `db:"created_at"`
}

// AddLedgerEntry appends to the ledger.
func (s *Store) AddLedgerEntry(ctx context.Context, e LedgerEntry) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO ledger_entries (patient_id, kind, ref, amount_minor, currency, created_at)
		 VALUES (:patient_id, :kind, :ref, :amount_minor, :currency, :created_at)`, e)
	return err
}

// RecordWebhookEvent stores a provider event id; it reports false when the
// event was stored before.
func (s *Store) RecordWebhookEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := s.pool.Exec(ctx,
		`INSERT INTO webhook_events (provider, event_id, received_at) VALUES ($1, $2, now())
		 ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// RxOrder loads a prescription order.
func (s *Store) RxOrder(ctx context.Context, id string) (*domain.RxOrder, error) {
	var o domain.RxOrder
	err := s.db.GetContext(ctx, &o, `SELECT * FROM rx_orders WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	return &o, err
}

// SetRxOrderStatus stores a prescription order's status.
func (s *Store) SetRxOrderStatus(ctx context.Context, id, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE rx_orders SET status = $2, updated_at = now() WHERE id = $1`, id, status)
	return err
}

// Patient loads contact details.
func (s *Store) Patient(ctx context.Context, id string) (*domain.Patient, error) {
	var p domain.Patient
	err := s.db.GetContext(ctx, &p, `SELECT id, name, email, phone FROM patients WHERE id = $1`, id)
	return &p, err
}

// UpcomingConsultations lists consultations starting within d.
func (s *Store) UpcomingConsultations(ctx context.Context, d time.Duration) ([]domain.Consultation, error) {
	var out []domain.Consultation
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM consultations WHERE status = 'paid' AND starts_at BETWEEN now() AND now() + $1::interval`,
		d.String())
	return out, err
}
