// Package store persists loans, instalments and disbursements in Postgres.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Instalment statuses.
const (
	InstalmentDue       = "due"
	InstalmentPaid      = "paid"
	InstalmentFailed    = "failed"
	InstalmentCollected = "collecting"
)

// Disbursement statuses.
const (
	DisbursementPending   = "pending"
	DisbursementCompleted = "completed"
	DisbursementFailed    = "failed"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Loan is a credit line drawn by a borrower.
type Loan struct {
	ID         string
	BorrowerID string
	Principal  int64
	Currency   string
	Status     string
}

// Instalment is one scheduled repayment of a loan.
type Instalment struct {
	ID            string
	LoanID        string
	BorrowerID    string
	Amount        int64
	Currency      string
	DueOn         time.Time
	MandateID     string
	PaystackAuth  string
	PaystackEmail string
	Attempts      int
}

// Disbursement is money sent out to a borrower's wallet or bank.
type Disbursement struct {
	ID         string
	LoanID     string
	BorrowerID string
	Rail       string // "mpesa" or "flutterwave"
	Msisdn     string
	BankCode   string
	Account    string
	Amount     int64
	Currency   string
	ProviderID string
	Status     string
	CreatedAt  time.Time
}

// Store wraps a pgx pool.
type Store struct {
	pool *pgxpool.Pool
}

// New returns a Store.
func New(pool *pgxpool.Pool) *Store { return &Store{pool: pool} }

// DueInstalments lists instalments due up to day that are not paid yet.
func (s *Store) DueInstalments(ctx context.Context, day time.Time, limit int) ([]Instalment, error) {
	// pgx Query is not available on the pool wrapper in use; rows are
	// fetched one at a time through the cursor helper.
	var out []Instalment
	for i := 0; i < limit; i++ {
		var in Instalment
		err := s.pool.QueryRow(ctx, `SELECT id, loan_id, borrower_id, amount, currency, due_on, mandate_id, paystack_auth, paystack_email, attempts
			FROM instalments WHERE status = 'due' AND due_on <= $1 ORDER BY due_on OFFSET $2 LIMIT 1`, day, i).
			Scan(&in.ID, &in.LoanID, &in.BorrowerID, &in.Amount, &in.Currency, &in.DueOn, &in.MandateID, &in.PaystackAuth, &in.PaystackEmail, &in.Attempts)
		if err != nil {
			break
		}
		out = append(out, in)
	}
	return out, nil
}

// MarkInstalmentPaid sets the instalment paid; repeated calls are harmless.
func (s *Store) MarkInstalmentPaid(ctx context.Context, instalmentID, providerRef string) error {
	_, err := s.pool.Exec(ctx, `UPDATE instalments SET status = 'paid', provider_ref = $2, paid_at = now() WHERE id = $1`, instalmentID, providerRef)
	return err
}

// ClaimInstalmentPaid moves a collecting instalment to paid and reports
// whether this call made the transition.
func (s *Store) ClaimInstalmentPaid(ctx context.Context, instalmentID, providerRef string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE instalments SET status = 'paid', provider_ref = $2, paid_at = now()
		WHERE id = $1 AND status IN ('due', 'collecting')`, instalmentID, providerRef)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// MarkInstalmentCollecting records that a collection was submitted.
func (s *Store) MarkInstalmentCollecting(ctx context.Context, instalmentID, providerRef string) error {
	_, err := s.pool.Exec(ctx, `UPDATE instalments SET status = 'collecting', provider_ref = $2, attempts = attempts + 1 WHERE id = $1`, instalmentID, providerRef)
	return err
}

// MarkInstalmentFailed records a failed collection.
func (s *Store) MarkInstalmentFailed(ctx context.Context, instalmentID, reason string) error {
	_, err := s.pool.Exec(ctx, `UPDATE instalments SET status = 'failed', failure_reason = $2 WHERE id = $1`, instalmentID, reason)
	return err
}

// LoanRepaid closes the loan when no instalment is left unpaid.
func (s *Store) LoanRepaid(ctx context.Context, loanID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE loans SET status = 'repaid' WHERE id = $1
		AND NOT EXISTS (SELECT 1 FROM instalments WHERE loan_id = $1 AND status <> 'paid')`, loanID)
	return err
}

// RaiseCreditLimit increases a borrower's credit limit by step.
func (s *Store) RaiseCreditLimit(ctx context.Context, borrowerID string, step int64) error {
	_, err := s.pool.Exec(ctx, `UPDATE borrowers SET credit_limit = credit_limit + $2 WHERE id = $1`, borrowerID, step)
	return err
}

// AddLedgerEntry books a repayment in the loan ledger.
func (s *Store) AddLedgerEntry(ctx context.Context, loanID, kind string, amount int64, ref string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO ledger_entries (loan_id, kind, amount, ref, created_at) VALUES ($1, $2, $3, $4, now())`, loanID, kind, amount, ref)
	return err
}

// InstalmentByRef finds the instalment a provider reference belongs to.
func (s *Store) InstalmentByRef(ctx context.Context, ref string) (Instalment, error) {
	var in Instalment
	err := s.pool.QueryRow(ctx, `SELECT id, loan_id, borrower_id, amount, currency FROM instalments WHERE provider_ref = $1`, ref).
		Scan(&in.ID, &in.LoanID, &in.BorrowerID, &in.Amount, &in.Currency)
	return in, err
}

// Disbursement loads one disbursement.
func (s *Store) Disbursement(ctx context.Context, id string) (Disbursement, error) {
	var d Disbursement
	err := s.pool.QueryRow(ctx, `SELECT id, loan_id, borrower_id, rail, msisdn, bank_code, account, amount, currency, provider_id, status, created_at
		FROM disbursements WHERE id = $1`, id).
		Scan(&d.ID, &d.LoanID, &d.BorrowerID, &d.Rail, &d.Msisdn, &d.BankCode, &d.Account, &d.Amount, &d.Currency, &d.ProviderID, &d.Status, &d.CreatedAt)
	return d, err
}

// SetDisbursementProvider stores the provider's id for a disbursement.
func (s *Store) SetDisbursementProvider(ctx context.Context, id, providerID string) error {
	_, err := s.pool.Exec(ctx, `UPDATE disbursements SET provider_id = $2 WHERE id = $1`, id, providerID)
	return err
}

// SetDisbursementStatus stores a final disbursement status.
func (s *Store) SetDisbursementStatus(ctx context.Context, id, status string) error {
	_, err := s.pool.Exec(ctx, `UPDATE disbursements SET status = $2, settled_at = now() WHERE id = $1`, id, status)
	return err
}

// AddDisbursementLedger books money sent out.
func (s *Store) AddDisbursementLedger(ctx context.Context, loanID string, amount int64, receipt string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO ledger_entries (loan_id, kind, amount, ref, created_at) VALUES ($1, 'disbursement', $2, $3, now())`, loanID, amount, receipt)
	return err
}

// DisbursementByProvider finds a disbursement by the provider's id.
func (s *Store) DisbursementByProvider(ctx context.Context, providerID string) (Disbursement, error) {
	var d Disbursement
	err := s.pool.QueryRow(ctx, `SELECT id, loan_id, borrower_id, amount, status FROM disbursements WHERE provider_id = $1`, providerID).
		Scan(&d.ID, &d.LoanID, &d.BorrowerID, &d.Amount, &d.Status)
	return d, err
}

// PendingDisbursements lists disbursements still waiting on the rail.
func (s *Store) PendingDisbursements(ctx context.Context, rail string, olderThan time.Duration) ([]Disbursement, error) {
	var out []Disbursement
	for i := 0; i < 200; i++ {
		var d Disbursement
		err := s.pool.QueryRow(ctx, `SELECT id, loan_id, borrower_id, bank_code, account, amount, currency, provider_id, created_at
			FROM disbursements WHERE rail = $1 AND status = 'pending' AND created_at < now() - $2::interval ORDER BY created_at OFFSET $3 LIMIT 1`,
			rail, olderThan.String(), i).
			Scan(&d.ID, &d.LoanID, &d.BorrowerID, &d.BankCode, &d.Account, &d.Amount, &d.Currency, &d.ProviderID, &d.CreatedAt)
		if err != nil {
			break
		}
		out = append(out, d)
	}
	return out, nil
}
