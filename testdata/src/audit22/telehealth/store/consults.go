// Package store persists the marketplace: consults and card payments in
// Postgres (bun), the payout ledger in MySQL, dedupe keys in Redis.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"audit22/telehealth/domain"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Consults is the bun-backed consult store.
type Consults struct {
	db *bun.DB
}

// NewConsults wraps db.
func NewConsults(db *bun.DB) *Consults { return &Consults{db: db} }

// Get loads one consult.
func (s *Consults) Get(ctx context.Context, id string) (*domain.Consult, error) {
	var c domain.Consult
	err := s.db.NewSelect().Model(&c).Where("id = ?", id).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &c, err
}

// ByProviderRef finds the consult a provider payment belongs to.
func (s *Consults) ByProviderRef(ctx context.Context, ref string) (*domain.Consult, error) {
	var c domain.Consult
	err := s.db.NewSelect().Model(&c).Where("provider_ref = ?", ref).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &c, err
}

// SetProviderRef records the provider's payment id on the consult.
func (s *Consults) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.db.NewUpdate().Table("consults").
		Set("provider_ref = ?", ref).
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// MarkPaid moves a booked consult to paid.
func (s *Consults) MarkPaid(ctx context.Context, id, ref string) error {
	_, err := s.db.NewUpdate().Table("consults").
		Set("status = ?", domain.ConsultPaid).
		Set("provider_ref = ?", ref).
		Where("id = ?", id).
		Where("status = ?", domain.ConsultBooked).
		Exec(ctx)
	return err
}

// MarkRefunded records a completed refund.
func (s *Consults) MarkRefunded(ctx context.Context, id string) error {
	_, err := s.db.NewUpdate().Table("consults").
		Set("status = ?", domain.ConsultRefunded).
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// Cancel marks a consult cancelled by the patient or clinician.
func (s *Consults) Cancel(ctx context.Context, id string, at time.Time) error {
	_, err := s.db.NewUpdate().Table("consults").
		Set("status = ?", domain.ConsultCancelled).
		Set("cancelled_at = ?", at).
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// CompletedBetween lists consults a clinician finished in a week.
func (s *Consults) CompletedBetween(ctx context.Context, clinicianID string, from, to time.Time) ([]domain.Consult, error) {
	var out []domain.Consult
	err := s.db.NewSelect().Model(&out).
		Where("clinician_id = ?", clinicianID).
		Where("status = ?", domain.ConsultCompleted).
		Where("scheduled_at >= ? AND scheduled_at < ?", from, to).
		Order("scheduled_at").
		Scan(ctx)
	return out, err
}

// PendingACH lists consults paid by ACH whose debit has not settled.
func (s *Consults) PendingACH(ctx context.Context, limit int) ([]domain.Consult, error) {
	var out []domain.Consult
	err := s.db.NewSelect().Model(&out).
		Where("method = ?", domain.MethodACH).
		Where("status = ?", domain.ConsultBooked).
		Order("scheduled_at").
		Limit(limit).
		Scan(ctx)
	return out, err
}

// RecordWebhook stores a provider event once; it reports false when the
// event was already stored.
func (s *Consults) RecordWebhook(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.NewInsert().Table("webhook_events").
		Value("provider", "?", provider).
		Value("event_id", "?", eventID).
		On("CONFLICT (provider, event_id) DO NOTHING").
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
