// Package store persists accounts, payments, commissions and payouts in
// Postgres (sqlx), devices and tokens in Mongo, and delivery markers in Redis.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"audit23/solarpayg/domain"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Ledger is the Postgres store.
type Ledger struct {
	db *sqlx.DB
}

// NewLedger wraps a connection.
func NewLedger(db *sqlx.DB) *Ledger { return &Ledger{db: db} }

// Account loads an account.
func (l *Ledger) Account(ctx context.Context, id string) (*domain.Account, error) {
	var a domain.Account
	err := l.db.GetContext(ctx, &a, `SELECT * FROM accounts WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &a, err
}

// AccountByMSISDN finds the active account of a phone number.
func (l *Ledger) AccountByMSISDN(ctx context.Context, msisdn string) (*domain.Account, error) {
	var a domain.Account
	err := l.db.GetContext(ctx, &a, `SELECT * FROM accounts WHERE msisdn = $1 AND status <> 'repossessed' LIMIT 1`, msisdn)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &a, err
}

// PaymentByReference loads a payment by our reference.
func (l *Ledger) PaymentByReference(ctx context.Context, ref string) (*domain.Payment, error) {
	var p domain.Payment
	err := l.db.GetContext(ctx, &p, `SELECT * FROM payments WHERE reference = $1`, ref)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

// CreatePending stores a payment we are about to request.
func (l *Ledger) CreatePending(ctx context.Context, p *domain.Payment) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO payments (id, account_id, rail, reference, amount, currency, kind, status, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', now())`, p.ID, p.AccountID, p.Rail, p.Reference, p.Amount, p.Currency, p.Kind)
	return err
}

// SetStatus records a payment's state as the provider reported it.
func (l *Ledger) SetStatus(ctx context.Context, ref, status, providerRef string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE payments SET status = $2, provider_ref = $3 WHERE reference = $1`, ref, status, providerRef)
	return err
}

// Settle moves a pending payment to succeeded. It answers false when the
// payment was already settled (or is unknown), so callers credit once.
func (l *Ledger) Settle(ctx context.Context, ref, providerRef string) (bool, error) {
	res, err := l.db.ExecContext(ctx, `UPDATE payments SET status = 'succeeded', provider_ref = $2
		WHERE reference = $1 AND status = 'pending'`, ref, providerRef)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// RecordReceipt inserts a payment received outside a request we made (paybill).
// It answers false when the receipt was seen before.
func (l *Ledger) RecordReceipt(ctx context.Context, p *domain.Payment) (bool, error) {
	res, err := l.db.ExecContext(ctx, `INSERT INTO payments (id, account_id, rail, reference, provider_ref, amount, currency, kind, status, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'succeeded', now())
		ON CONFLICT (provider_ref) DO NOTHING`, p.ID, p.AccountID, p.Rail, p.Reference, p.ProviderRef, p.Amount, p.Currency, p.Kind)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Credit adds a payment to an account's paid total and pushes its paid-until date.
func (l *Ledger) Credit(ctx context.Context, accountID string, amount int64, days int) error {
	_, err := l.db.ExecContext(ctx, `UPDATE accounts
		SET paid_total = paid_total + $2,
		    paid_until = GREATEST(paid_until, now()) + make_interval(days => $3)
		WHERE id = $1`, accountID, amount, days)
	return err
}

// Activate marks an account active once its deposit is in.
func (l *Ledger) Activate(ctx context.Context, accountID string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE accounts SET status = 'active', activated_at = now() WHERE id = $1`, accountID)
	return err
}

// AddCommission records an agent's share of a payment.
func (l *Ledger) AddCommission(ctx context.Context, c *domain.Commission) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO commissions (id, agent_id, payment_id, amount, currency, status, week_of)
		VALUES ($1, $2, $3, $4, $5, 'pending', date_trunc('week', now()))`, c.ID, c.AgentID, c.PaymentID, c.Amount, c.Currency)
	return err
}

// Overdue lists active accounts whose paid-until date passed more than grace ago.
func (l *Ledger) Overdue(ctx context.Context, grace time.Duration) ([]domain.Account, error) {
	var out []domain.Account
	err := l.db.SelectContext(ctx, &out, `SELECT * FROM accounts WHERE status = 'active' AND paid_until < $1`, time.Now().Add(-grace))
	return out, err
}

// PendingPayouts lists payouts not yet sent, for one country.
func (l *Ledger) PendingPayouts(ctx context.Context, country domain.Country) ([]domain.Payout, error) {
	var out []domain.Payout
	err := l.db.SelectContext(ctx, &out, `SELECT * FROM payouts WHERE status = $1 AND country = $2 ORDER BY id`, domain.PayoutPending, country)
	return out, err
}

// ClaimPayout moves a payout from pending to processing; false when another worker has it.
func (l *Ledger) ClaimPayout(ctx context.Context, id string) (bool, error) {
	res, err := l.db.ExecContext(ctx, `UPDATE payouts SET status = 'processing', attempts = attempts + 1 WHERE id = $1 AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// MarkPayout records a payout's outcome.
func (l *Ledger) MarkPayout(ctx context.Context, id, status, railRef string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE payouts SET status = $2, rail_ref = $3 WHERE id = $1`, id, status, railRef)
	return err
}

// SetPayoutByRailRef records the result a rail posted for a payout.
func (l *Ledger) SetPayoutByRailRef(ctx context.Context, railRef, status string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE payouts SET status = $2 WHERE rail_ref = $1`, railRef, status)
	return err
}

// CloseWeek rolls the week's pending commissions into one payout per agent.
func (l *Ledger) CloseWeek(ctx context.Context) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO payouts (id, agent_id, country, msisdn, bank_code, account_no, amount, status)
		SELECT gen_random_uuid(), a.id, a.country, a.msisdn, a.bank_code, a.account_no, SUM(c.amount), 'pending'
		FROM commissions c JOIN agents a ON a.id = c.agent_id
		WHERE c.status = 'pending' AND c.week_of < date_trunc('week', now())
		GROUP BY a.id
		ON CONFLICT (agent_id, week_of) DO NOTHING`)
	return err
}

// PaymentByProviderRef loads a payment by the rail's id for it.
func (l *Ledger) PaymentByProviderRef(ctx context.Context, providerRef string) (*domain.Payment, error) {
	var p domain.Payment
	err := l.db.GetContext(ctx, &p, `SELECT * FROM payments WHERE provider_ref = $1`, providerRef)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

// Payout loads a payout.
func (l *Ledger) Payout(ctx context.Context, id string) (*domain.Payout, error) {
	var p domain.Payout
	err := l.db.GetContext(ctx, &p, `SELECT * FROM payouts WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}

// PayoutByRailRef loads a payout by the rail's id for it.
func (l *Ledger) PayoutByRailRef(ctx context.Context, railRef string) (*domain.Payout, error) {
	var p domain.Payout
	err := l.db.GetContext(ctx, &p, `SELECT * FROM payouts WHERE rail_ref = $1`, railRef)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &p, err
}
