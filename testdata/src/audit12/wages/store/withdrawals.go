// Package store persists the platform's state: withdrawals and payroll in
// Postgres through GORM, the money ledger through pgx, and the audit
// trail in MongoDB.
package store

import (
	"context"
	"errors"

	"audit12/wages/domain"

	"gorm.io/gorm"
)

// Withdrawals is the GORM-backed domain.WithdrawalStore.
type Withdrawals struct {
	db *gorm.DB
}

// NewWithdrawals returns a store on db.
func NewWithdrawals(db *gorm.DB) *Withdrawals { return &Withdrawals{db: db} }

func (s *Withdrawals) Get(ctx context.Context, id string) (*domain.Withdrawal, error) {
	var w domain.Withdrawal
	res := s.db.WithContext(ctx).Where("id = ?", id).First(&w)
	if res.Error != nil {
		return nil, res.Error
	}
	if res.RowsAffected == 0 {
		return nil, domain.ErrNotFound
	}
	return &w, nil
}

func (s *Withdrawals) Pending(ctx context.Context, rail string, limit int) ([]domain.Withdrawal, error) {
	var out []domain.Withdrawal
	res := s.db.WithContext(ctx).
		Where("rail = ? AND status IN ?", rail, []string{domain.WithdrawalRequested, domain.WithdrawalSent}).
		Find(&out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, res.Error
}

func (s *Withdrawals) MarkSent(ctx context.Context, id, ref string) error {
	return s.db.WithContext(ctx).Model(&domain.Withdrawal{}).Where("id = ?", id).
		Updates(map[string]any{"status": domain.WithdrawalSent, "provider_ref": ref}).Error
}

func (s *Withdrawals) MarkSettled(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Model(&domain.Withdrawal{}).Where("id = ?", id).
		Update("status", domain.WithdrawalSettled).Error
}

func (s *Withdrawals) MarkFailed(ctx context.Context, id, reason string) error {
	return s.db.WithContext(ctx).Model(&domain.Withdrawal{}).Where("id = ?", id).
		Updates(map[string]any{"status": domain.WithdrawalFailed, "failure_reason": reason}).Error
}

// Payroll keeps payroll runs, fee invoices and advances.
type Payroll struct {
	db *gorm.DB
}

// NewPayroll returns a store on db.
func NewPayroll(db *gorm.DB) *Payroll { return &Payroll{db: db} }

// Run loads a payroll run.
func (s *Payroll) Run(ctx context.Context, id string) (*domain.PayrollRun, error) {
	var r domain.PayrollRun
	if err := s.db.WithContext(ctx).First(&r, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &r, nil
}

// MarkRunFunded records that the employer's funding payment succeeded.
func (s *Payroll) MarkRunFunded(ctx context.Context, runID, paymentRef string) error {
	return s.db.WithContext(ctx).Model(&domain.PayrollRun{}).Where("id = ?", runID).
		Updates(map[string]any{"status": "funded", "payment_ref": paymentRef}).Error
}

// Invoice loads a fee invoice.
func (s *Payroll) Invoice(ctx context.Context, id string) (*domain.Invoice, error) {
	var inv domain.Invoice
	if err := s.db.WithContext(ctx).First(&inv, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &inv, nil
}

// AttachSession remembers the checkout session opened for an invoice.
func (s *Payroll) AttachSession(ctx context.Context, invoiceID, sessionID string) error {
	return s.db.WithContext(ctx).Model(&domain.Invoice{}).Where("id = ?", invoiceID).
		Update("session_id", sessionID).Error
}

// MarkInvoicePaid sets the invoice paid.
func (s *Payroll) MarkInvoicePaid(ctx context.Context, invoiceID string) error {
	return s.db.WithContext(ctx).Model(&domain.Invoice{}).Where("id = ?", invoiceID).
		Update("status", "paid").Error
}

// DueAdvances lists advances due for collection on or before payday.
func (s *Payroll) DueAdvances(ctx context.Context, employerID string) ([]domain.Advance, error) {
	var out []domain.Advance
	err := s.db.WithContext(ctx).Where("employer_id = ? AND status = ?", employerID, "due").Find(&out).Error
	return out, err
}

// MarkAdvance sets an advance's collection status.
func (s *Payroll) MarkAdvance(ctx context.Context, id, status string) error {
	res := s.db.WithContext(ctx).Model(&domain.Advance{}).Where("id = ?", id).Update("status", status)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return errors.New("advance not found")
	}
	return nil
}
