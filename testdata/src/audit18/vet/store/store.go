// Package store persists consultations, shop orders and plans.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit18/vet/domain"
	"audit18/vet/openbanking"
)

var ErrNotFound = errors.New("store: not found")

// Clinic wraps the Postgres pool of the practice-management database.
type Clinic struct {
	pool *pgxpool.Pool
}

func NewClinic(pool *pgxpool.Pool) *Clinic { return &Clinic{pool: pool} }

func (s *Clinic) Consultation(ctx context.Context, id string) (domain.Consultation, error) {
	var c domain.Consultation
	err := s.pool.QueryRow(ctx,
		`SELECT id, clinic_id, pet_id, owner_phone, amount_pence, status FROM consultations WHERE id = $1`, id).
		Scan(&c.ID, &c.ClinicID, &c.PetID, &c.OwnerPhone, &c.AmountPence, &c.Status)
	return c, err
}

// ConfirmAppointment marks the consultation paid and the appointment confirmed.
func (s *Clinic) ConfirmAppointment(ctx context.Context, consultationID, paymentRef string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE consultations SET status = 'paid', payment_ref = $2, confirmed_at = now() WHERE id = $1`,
		consultationID, paymentRef)
	return err
}

// MarkOrderPaid stores the shop order as paid.
func (s *Clinic) MarkOrderPaid(ctx context.Context, reference, psp string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE shop_orders SET status = 'paid', psp_reference = $2 WHERE reference = $1`, reference, psp)
	return err
}

func (s *Clinic) OrderByReference(ctx context.Context, ref string) (domain.ShopOrder, error) {
	var o domain.ShopOrder
	err := s.pool.QueryRow(ctx,
		`SELECT id, reference, amount_minor, currency, prescription_id, status FROM shop_orders WHERE reference = $1`, ref).
		Scan(&o.ID, &o.Reference, &o.AmountMinor, &o.Currency, &o.PrescriptionID, &o.Status)
	return o, err
}

// ReleasePrescription lets the pharmacy dispatch the medication of an order.
func (s *Clinic) ReleasePrescription(ctx context.Context, prescriptionID string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE prescriptions SET released = true, released_at = now() WHERE id = $1`, prescriptionID)
	return err
}

// RecordWebhook inserts the provider's event id; it reports false for a repeat.
func (s *Clinic) RecordWebhook(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := s.pool.Exec(ctx,
		`INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// SetBankPaymentStatus stores the last status the bank reported for a payment.
func (s *Clinic) SetBankPaymentStatus(ctx context.Context, paymentID, status string) error {
	_, err := s.pool.Exec(ctx, `UPDATE bank_payments SET status = $2 WHERE payment_id = $1`, paymentID, status)
	return err
}

func (s *Clinic) Pool() *pgxpool.Pool { return s.pool }

// Plans stores wellness plans with GORM.
type Plans struct {
	db *gorm.DB
}

func NewPlans(db *gorm.DB) *Plans { return &Plans{db: db} }

type planRow struct {
	ID        string
	MandateID string
	PetID     string
	Monthly   int
	Credits   int
	NextDue   time.Time
}

func (p *Plans) Due(ctx context.Context, now time.Time) ([]domain.Plan, error) {
	var rows []planRow
	if err := p.db.WithContext(ctx).Table("wellness_plans").Where("next_due <= ?", now).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]domain.Plan, 0, len(rows))
	for _, r := range rows {
		out = append(out, domain.Plan{ID: r.ID, MandateID: r.MandateID, PetID: r.PetID, Monthly: r.Monthly, Credits: r.Credits, NextDue: r.NextDue})
	}
	return out, nil
}

// Advance moves the plan to its next collection date.
func (p *Plans) Advance(ctx context.Context, planID string, next time.Time, paymentID string) error {
	return p.db.WithContext(ctx).Table("wellness_plans").Where("id = ?", planID).
		Updates(map[string]interface{}{"next_due": next, "last_payment_id": paymentID}).Error
}

// GrantMonthlyCredits adds the plan's monthly consultation credits.
func (p *Plans) GrantMonthlyCredits(ctx context.Context, planID string, credits int) error {
	return p.db.WithContext(ctx).Table("wellness_plans").Where("id = ?", planID).
		UpdateColumn("credits", gorm.Expr("credits + ?", credits)).Error
}

// Seen remembers a webhook id in Redis for three days.
type Seen struct {
	rdb *redis.Client
}

func NewSeen(rdb *redis.Client) *Seen { return &Seen{rdb: rdb} }

func (s *Seen) FirstDelivery(ctx context.Context, provider, id string) (bool, error) {
	return s.rdb.SetNX(ctx, "wh:"+provider+":"+id, 1, 72*time.Hour).Result()
}

// CacheVetAvailability stores the slot list of each clinic for the booking page.
func (s *Seen) CacheVetAvailability(ctx context.Context, slots map[string]string) error {
	for clinic, v := range slots {
		if err := s.rdb.Set(ctx, "slots:"+clinic, v, 5*time.Minute).Err(); err != nil {
			return err
		}
	}
	return nil
}

// BankInitiation returns the initiation stored with a Halden consent and the
// consultation it pays for.
func (s *Clinic) BankInitiation(ctx context.Context, consentID string) (openbanking.Initiation, string, error) {
	var in openbanking.Initiation
	var consultationID string
	err := s.pool.QueryRow(ctx,
		`SELECT instruction_id, end_to_end_id, amount, currency, reference, consultation_id FROM bank_consents WHERE consent_id = $1`,
		consentID).Scan(&in.InstructionIdentification, &in.EndToEndIdentification, &in.InstructedAmount.Amount,
		&in.InstructedAmount.Currency, &in.Reference, &consultationID)
	return in, consultationID, err
}
