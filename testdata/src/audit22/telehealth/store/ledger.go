package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/go-sql-driver/mysql"

	"audit22/telehealth/domain"
)

// Ledger is the MySQL payout and billing ledger.
type Ledger struct {
	db *sql.DB
}

// NewLedger wraps an open *sql.DB (driver "mysql").
func NewLedger(db *sql.DB) *Ledger { return &Ledger{db: db} }

const duplicateEntry = 1062

// OpenPayoutRun inserts this week's payout row for a clinician; running
// the scheduler twice in a week finds the existing row.
func (l *Ledger) OpenPayoutRun(ctx context.Context, clinicianID, account string, week time.Time, amount int64) (*domain.PayoutRun, error) {
	res, err := l.db.ExecContext(ctx,
		`INSERT INTO payout_runs (clinician_id, account_id, week_of, amount_cents, status) VALUES (?, ?, ?, ?, 'pending')`,
		clinicianID, account, week, amount)
	var me *mysql.MySQLError
	if errors.As(err, &me) && me.Number == duplicateEntry {
		return l.payoutRun(ctx, clinicianID, week)
	}
	if err != nil {
		return nil, err
	}
	id, _ := res.LastInsertId()
	return &domain.PayoutRun{ID: id, ClinicianID: clinicianID, AccountID: account, WeekOf: week, AmountCents: amount, Status: "pending"}, nil
}

func (l *Ledger) payoutRun(ctx context.Context, clinicianID string, week time.Time) (*domain.PayoutRun, error) {
	var r domain.PayoutRun
	err := l.db.QueryRowContext(ctx,
		`SELECT id, clinician_id, account_id, week_of, amount_cents, status, COALESCE(transfer_id, ''), COALESCE(payout_id, '') FROM payout_runs WHERE clinician_id = ? AND week_of = ?`,
		clinicianID, week).Scan(&r.ID, &r.ClinicianID, &r.AccountID, &r.WeekOf, &r.AmountCents, &r.Status, &r.TransferID, &r.PayoutID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &r, err
}

// PendingPayoutRuns lists rows the transfer step has not finished.
func (l *Ledger) PendingPayoutRuns(ctx context.Context) ([]domain.PayoutRun, error) {
	rows, err := l.db.QueryContext(ctx,
		`SELECT id, clinician_id, account_id, week_of, amount_cents, status FROM payout_runs WHERE status IN ('pending', 'claimed') ORDER BY id LIMIT 200`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.PayoutRun
	for rows.Next() {
		var r domain.PayoutRun
		if err := rows.Scan(&r.ID, &r.ClinicianID, &r.AccountID, &r.WeekOf, &r.AmountCents, &r.Status); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ClaimPayoutRun moves a pending row to claimed; false when another
// worker got it first.
func (l *Ledger) ClaimPayoutRun(ctx context.Context, id int64) (bool, error) {
	res, err := l.db.ExecContext(ctx, `UPDATE payout_runs SET status = 'claimed' WHERE id = ? AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// FinishPayoutRun stores the transfer id.
func (l *Ledger) FinishPayoutRun(ctx context.Context, id int64, transferID string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE payout_runs SET status = 'transferred', transfer_id = ? WHERE id = ?`, transferID, id)
	return err
}

// FailPayoutRun parks a row for finance to look at.
func (l *Ledger) FailPayoutRun(ctx context.Context, id int64, reason string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE payout_runs SET status = 'failed', failure = ? WHERE id = ?`, reason, id)
	return err
}

// SetPayoutID records the bank payout on the connected account.
func (l *Ledger) SetPayoutID(ctx context.Context, id int64, payoutID, status string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE payout_runs SET payout_id = ?, payout_status = ? WHERE id = ?`, payoutID, status, id)
	return err
}

// AddRefundEntry books a refund against the consult; a second delivery
// of the same provider event is ignored by the unique key on event_id.
func (l *Ledger) AddRefundEntry(ctx context.Context, eventID, consultID string, amount int64) (bool, error) {
	res, err := l.db.ExecContext(ctx,
		`INSERT IGNORE INTO ledger_entries (event_id, consult_id, kind, amount_cents) VALUES (?, ?, 'refund', ?)`,
		eventID, consultID, -amount)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddSaleEntry books a captured sale.
func (l *Ledger) AddSaleEntry(ctx context.Context, ref, consultID string, amount int64) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (event_id, consult_id, kind, amount_cents) VALUES (?, ?, 'sale', ?)`,
		ref, consultID, amount)
	return err
}

// ExtendClinicTerm pushes a clinic's paid-through date by one billing
// period and sets the seat count.
func (l *Ledger) ExtendClinicTerm(ctx context.Context, clinicID string, seats int) error {
	_, err := l.db.ExecContext(ctx,
		`UPDATE clinic_subscriptions SET seats = ?, state = 'active', paid_through = DATE_ADD(GREATEST(paid_through, NOW()), INTERVAL 1 MONTH) WHERE clinic_id = ?`,
		seats, clinicID)
	return err
}

// ActivateClinic marks a clinic's subscription paid and active.
func (l *Ledger) ActivateClinic(ctx context.Context, clinicID, txnID string, seats int) error {
	_, err := l.db.ExecContext(ctx,
		`UPDATE clinic_subscriptions SET state = 'paid', seats = ?, last_txn = ? WHERE clinic_id = ?`,
		seats, txnID, clinicID)
	return err
}

// SetACHStatus stores the rail's status of a debit.
func (l *Ledger) SetACHStatus(ctx context.Context, transferURL, status string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE ach_debits SET status = ? WHERE transfer_url = ?`, status, transferURL)
	return err
}

// SaveACHDebit records a debit created on the rail.
func (l *Ledger) SaveACHDebit(ctx context.Context, d domain.ACHDebit) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO ach_debits (id, consult_id, funding_src, amount_cents, transfer_url, status) VALUES (?, ?, ?, ?, ?, ?)`,
		d.ID, d.ConsultID, d.FundingSrc, d.AmountCents, d.TransferURL, d.Status)
	return err
}
