// Package store keeps the portal's records: fines and permits (sqlx),
// property-tax accounts and the ledger (database/sql), provider events
// (mongo) and short-lived locks and caches (redis).
package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
)

// Fine is a parking fine.
type Fine struct {
	ID          string `db:"id"`
	Number      string `db:"number"`
	Plate       string `db:"plate"`
	AmountPence int64  `db:"amount_pence"`
	Status      string `db:"status"`
	PaymentID   string `db:"payment_id"`
}

// Permit is a residents' or trade parking permit.
type Permit struct {
	ID        string `db:"id"`
	FeePence  int64  `db:"fee_pence"`
	PaymentID string `db:"payment_id"`
}

// FineStore reads and writes fines.
type FineStore struct{ db *sqlx.DB }

func NewFineStore(db *sqlx.DB) *FineStore { return &FineStore{db: db} }

func (s *FineStore) ByPayment(ctx context.Context, paymentID string) (Fine, error) {
	var f Fine
	err := s.db.GetContext(ctx, &f, `SELECT * FROM fines WHERE payment_id = $1`, paymentID)
	return f, err
}

// MarkPaid clears the fine.
func (s *FineStore) MarkPaid(ctx context.Context, id, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE fines SET status = 'paid', payment_id = $2, paid_at = now() WHERE id = $1`, id, paymentID)
	return err
}

func (s *FineStore) AttachReceipt(ctx context.Context, id, url string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE fines SET receipt_url = $2 WHERE id = $1`, id, url)
	return err
}

// PermitStore reads and writes permits.
type PermitStore struct{ db *sqlx.DB }

func NewPermitStore(db *sqlx.DB) *PermitStore { return &PermitStore{db: db} }

func (s *PermitStore) ByPayment(ctx context.Context, paymentID string) (Permit, error) {
	var p Permit
	err := s.db.GetContext(ctx, &p, `SELECT * FROM permits WHERE payment_id = $1`, paymentID)
	return p, err
}

// Issue makes the permit valid from today.
func (s *PermitStore) Issue(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE permits SET status = 'issued', valid_from = now() WHERE id = $1 AND status <> 'issued'`, id)
	return err
}

// Instalment is one GoCardless collection of a property-tax plan.
type Instalment struct {
	ID          string `db:"id"`
	PlanID      string `db:"plan_id"`
	MandateID   string `db:"mandate_id"`
	AmountPence int    `db:"amount_pence"`
	Reference   string `db:"reference"`
}

// PlanStore keeps instalment plans.
type PlanStore struct{ db *sqlx.DB }

func NewPlanStore(db *sqlx.DB) *PlanStore { return &PlanStore{db: db} }

func (s *PlanStore) DueInstalments(ctx context.Context, day time.Time) ([]Instalment, error) {
	var out []Instalment
	err := s.db.SelectContext(ctx, &out,
		`SELECT id, plan_id, mandate_id, amount_pence, reference FROM instalments
		 WHERE due_on = $1 AND status = 'scheduled'`, day.Format("2006-01-02"))
	return out, err
}

func (s *PlanStore) MarkCollecting(ctx context.Context, id, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE instalments SET status = 'collecting', payment_id = $2 WHERE id = $1`, id, paymentID)
	return err
}

func (s *PlanStore) MarkInstalmentPaid(ctx context.Context, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE instalments SET status = 'paid' WHERE payment_id = $1`, paymentID)
	return err
}

func (s *PlanStore) MarkInstalmentFailed(ctx context.Context, paymentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE instalments SET status = 'failed' WHERE payment_id = $1`, paymentID)
	return err
}

func (s *PlanStore) ActivatePlan(ctx context.Context, planID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE plans SET status = 'active' WHERE id = $1`, planID)
	return err
}
