// Package ledger is the rent ledger: leases, rent charges, owner
// disbursements and the webhook event log, stored in Postgres through sqlx.
package ledger

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"
)

// Charge statuses.
const (
	ChargeOpen      = "open"
	ChargeSubmitted = "submitted"
	ChargePaid      = "paid"
	ChargeFailed    = "failed"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("ledger: not found")

// Lease is a tenancy agreement on one unit.
type Lease struct {
	ID          string `db:"id"`
	TenantID    string `db:"tenant_id"`
	OwnerID     string `db:"owner_id"`
	UnitID      string `db:"unit_id"`
	MonthlyRent int64  `db:"monthly_rent"`
	Currency    string `db:"currency"`
	MandateID   string `db:"mandate_id"`
	TenantEmail string `db:"tenant_email"`
}

// Charge is one amount owed by a tenant: a month's rent, a late fee, a deposit.
type Charge struct {
	ID          string `db:"id"`
	LeaseID     string `db:"lease_id"`
	Kind        string `db:"kind"`
	Period      string `db:"period"`
	Amount      int64  `db:"amount"`
	Currency    string `db:"currency"`
	Status      string `db:"status"`
	ProviderRef string `db:"provider_ref"`
}

// Entry is a double-entry ledger posting.
type Entry struct {
	ChargeID string
	Account  string
	Amount   int64
	Currency string
	Memo     string
}

// Disbursement is money owed to an owner after rent was collected.
type Disbursement struct {
	ID            string `db:"id"`
	OwnerID       string `db:"owner_id"`
	FundingSource string `db:"funding_source"`
	Destination   string `db:"destination"`
	Amount        int64  `db:"amount"`
	Currency      string `db:"currency"`
	TransferID    string `db:"transfer_id"`
	Status        string `db:"status"`
}

// Store reads and writes the ledger tables.
type Store struct {
	db *sqlx.DB
}

// NewStore returns a Store over db.
func NewStore(db *sqlx.DB) *Store { return &Store{db: db} }

// Charge loads one charge.
func (s *Store) Charge(ctx context.Context, id string) (*Charge, error) {
	var c Charge
	err := s.db.GetContext(ctx, &c, `SELECT * FROM charges WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &c, err
}

// ChargeByProviderRef finds the charge a provider payment belongs to.
func (s *Store) ChargeByProviderRef(ctx context.Context, ref string) (*Charge, error) {
	var c Charge
	err := s.db.GetContext(ctx, &c, `SELECT * FROM charges WHERE provider_ref = $1`, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &c, err
}

// Lease loads one lease.
func (s *Store) Lease(ctx context.Context, id string) (*Lease, error) {
	var l Lease
	if err := s.db.GetContext(ctx, &l, `SELECT * FROM leases WHERE id = $1`, id); err != nil {
		return nil, err
	}
	return &l, nil
}

// OverdueLeases lists active leases whose rent for the current period is
// still unpaid at asOf.
func (s *Store) OverdueLeases(ctx context.Context, asOf time.Time) ([]Lease, error) {
	var out []Lease
	err := s.db.SelectContext(ctx, &out, `
		SELECT l.* FROM leases l
		JOIN charges c ON c.lease_id = l.id AND c.kind = 'rent'
		WHERE l.active AND c.status IN ('open', 'failed') AND c.due_at < $1`, asOf)
	return out, err
}

// SetProviderRef records the provider payment created for a charge.
func (s *Store) SetProviderRef(ctx context.Context, chargeID, ref string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE charges SET provider_ref = $2, status = 'submitted' WHERE id = $1`, chargeID, ref)
	return err
}

// MarkChargePaid sets a charge paid. Setting it twice changes nothing.
func (s *Store) MarkChargePaid(ctx context.Context, chargeID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE charges SET status = 'paid', paid_at = coalesce(paid_at, now()) WHERE id = $1`, chargeID)
	return err
}

// MarkChargeFailed sets a charge failed.
func (s *Store) MarkChargeFailed(ctx context.Context, chargeID, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE charges SET status = 'failed', failure_reason = $2 WHERE id = $1`, chargeID, reason)
	return err
}

// PostEntry appends a ledger posting.
func (s *Store) PostEntry(ctx context.Context, e Entry) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (charge_id, account, amount, currency, memo) VALUES ($1, $2, $3, $4, $5)`,
		e.ChargeID, e.Account, e.Amount, e.Currency, e.Memo)
	return err
}

// ClaimEvent records a provider event id; it reports false when the event
// was recorded before.
func (s *Store) ClaimEvent(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// PendingDisbursements lists disbursements not yet sent.
func (s *Store) PendingDisbursements(ctx context.Context) ([]Disbursement, error) {
	var out []Disbursement
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM disbursements WHERE status = 'pending' ORDER BY created_at LIMIT 100`)
	return out, err
}

// DisbursementByTransfer finds the disbursement a transfer pays.
func (s *Store) DisbursementByTransfer(ctx context.Context, transferID string) (*Disbursement, error) {
	var d Disbursement
	if err := s.db.GetContext(ctx, &d, `SELECT * FROM disbursements WHERE transfer_id = $1`, transferID); err != nil {
		return nil, err
	}
	return &d, nil
}

// MarkDisbursementSent records the transfer sent for a disbursement.
func (s *Store) MarkDisbursementSent(ctx context.Context, id, transferID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE disbursements SET status = 'sent', transfer_id = $2 WHERE id = $1`, id, transferID)
	return err
}

// SetDisbursementStatus stores the transfer's final status.
func (s *Store) SetDisbursementStatus(ctx context.Context, id, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE disbursements SET status = $2 WHERE id = $1`, id, status)
	return err
}

// QueueDisbursement creates the owner disbursement for a paid charge; the
// unique index on charge_id makes a second call a no-op.
func (s *Store) QueueDisbursement(ctx context.Context, chargeID string) error {
	_, err := s.db.ExecContext(ctx, `
		INSERT INTO disbursements (id, charge_id, owner_id, funding_source, destination, amount, currency, status)
		SELECT 'disb_' || c.id, c.id, l.owner_id, o.funding_source, o.bank_account, c.amount * (100 - o.fee_pct) / 100, c.currency, 'pending'
		FROM charges c JOIN leases l ON l.id = c.lease_id JOIN owners o ON o.id = l.owner_id
		WHERE c.id = $1
		ON CONFLICT (charge_id) DO NOTHING`, chargeID)
	return err
}

// DisbursementForCharge finds the disbursement queued for a charge.
func (s *Store) DisbursementForCharge(ctx context.Context, chargeID string) (*Disbursement, error) {
	var d Disbursement
	if err := s.db.GetContext(ctx, &d, `SELECT * FROM disbursements WHERE charge_id = $1`, chargeID); err != nil {
		return nil, err
	}
	return &d, nil
}

// MarkTransferCompleted records that Fundline completed a transfer, for an
// owner disbursement or a vendor invoice.
func (s *Store) MarkTransferCompleted(ctx context.Context, transferID string) error {
	if _, err := s.db.ExecContext(ctx,
		`UPDATE disbursements SET status = 'completed' WHERE transfer_id = $1`, transferID); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx,
		`UPDATE vendor_invoices SET status = 'paid' WHERE transfer_id = $1`, transferID)
	return err
}
