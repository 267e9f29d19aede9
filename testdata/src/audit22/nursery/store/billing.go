// Package store is the Postgres and Redis persistence of nurseryd.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"

	"audit22/nursery/domain"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Billing stores invoices, extras, deposits and trip bookings (sqlx).
type Billing struct {
	db *sqlx.DB
}

func NewBilling(db *sqlx.DB) *Billing { return &Billing{db: db} }

// DueInvoices lists invoices not yet collected up to a period (arrears included).
func (b *Billing) DueInvoices(ctx context.Context, period string) ([]domain.Invoice, error) {
	var out []domain.Invoice
	err := b.db.SelectContext(ctx, &out, `
		SELECT i.id, i.family_id, i.period, i.amount_minor, i.currency, i.status, f.mandate_id, i.provider_ref, i.attempts
		FROM invoices i JOIN families f ON f.id = i.family_id
		WHERE i.period <= $1 AND i.status = 'pending' AND f.mandate_id <> ''
		ORDER BY i.id`, period)
	return out, err
}

// ClaimInvoice moves a pending invoice to submitted; false when another run has it.
func (b *Billing) ClaimInvoice(ctx context.Context, id string) (bool, error) {
	res, err := b.db.ExecContext(ctx, `UPDATE invoices SET status = 'submitted', attempts = attempts + 1 WHERE id = $1 AND status = 'pending'`, id)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

func (b *Billing) SetInvoiceRef(ctx context.Context, id, ref string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE invoices SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

func (b *Billing) SetInvoiceStatus(ctx context.Context, id string, st domain.InvoiceStatus) error {
	_, err := b.db.ExecContext(ctx, `UPDATE invoices SET status = $2, updated_at = now() WHERE id = $1`, id, st)
	return err
}

// MarkInvoicePaidByRef is used by the payment notifications.
func (b *Billing) MarkInvoicePaidByRef(ctx context.Context, ref string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE invoices SET status = 'paid', paid_at = now() WHERE provider_ref = $1`, ref)
	return err
}

func (b *Billing) Invoice(ctx context.Context, id string) (*domain.Invoice, error) {
	var inv domain.Invoice
	err := b.db.GetContext(ctx, &inv, `SELECT id, family_id, period, amount_minor, currency, status, '' AS mandate_id, provider_ref, attempts FROM invoices WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &inv, err
}

func (b *Billing) Extra(ctx context.Context, id string) (*domain.Extra, error) {
	var e domain.Extra
	err := b.db.GetContext(ctx, &e, `SELECT id, family_id, child_id, kind, amount_minor, currency, status, payment_ref FROM extras WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &e, err
}

func (b *Billing) SetExtraStatus(ctx context.Context, id, status, ref string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE extras SET status = $2, payment_ref = COALESCE(NULLIF($3, ''), payment_ref) WHERE id = $1`, id, status, ref)
	return err
}

func (b *Billing) MarkExtraPaidByRef(ctx context.Context, ref string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE extras SET status = 'paid' WHERE payment_ref = $1`, ref)
	return err
}

func (b *Billing) Family(ctx context.Context, id string) (*domain.Family, error) {
	var f domain.Family
	err := b.db.GetContext(ctx, &f, `SELECT id, email, name, stripe_customer_id, default_card_pm, mandate_id, currency FROM families WHERE id = $1`, id)
	return &f, err
}

func (b *Billing) SaveDefaultCard(ctx context.Context, familyID, pm string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE families SET default_card_pm = $2 WHERE id = $1`, familyID, pm)
	return err
}

// MarkDepositPaid confirms the child's place.
func (b *Billing) MarkDepositPaid(ctx context.Context, childID, sessionID string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE deposits SET status = 'paid', session_id = $2, paid_at = $3 WHERE child_id = $1`, childID, sessionID, time.Now())
	if err != nil {
		return err
	}
	_, err = b.db.ExecContext(ctx, `UPDATE children SET place_confirmed = true WHERE id = $1`, childID)
	return err
}

func (b *Billing) Deposit(ctx context.Context, childID string) (*domain.Deposit, error) {
	var d domain.Deposit
	err := b.db.GetContext(ctx, &d, `SELECT id, child_id, family_id, amount_minor, currency, session_id, status FROM deposits WHERE child_id = $1`, childID)
	return &d, err
}

// ConfirmBooking marks a trip place as paid for.
func (b *Billing) ConfirmBooking(ctx context.Context, bookingID, paymentID string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE trip_bookings SET status = 'paid', payment_id = $2 WHERE id = $1`, bookingID, paymentID)
	return err
}

// FundedHoursDue lists children whose funded-hours credit for the period is not yet applied.
func (b *Billing) FundedHoursDue(ctx context.Context, period string) ([]domain.Child, error) {
	var out []domain.Child
	err := b.db.SelectContext(ctx, &out, `SELECT c.id, c.family_id, c.nursery_id, c.funded_hrs FROM children c
		WHERE c.funded_hrs > 0 AND NOT EXISTS (SELECT 1 FROM funding_credits fc WHERE fc.child_id = c.id AND fc.period = $1)`, period)
	return out, err
}

// ApplyFundedCredit records the credit; the unique (child_id, period) makes a rerun harmless.
func (b *Billing) ApplyFundedCredit(ctx context.Context, childID, period string, minor int64) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO funding_credits (child_id, period, amount_minor) VALUES ($1, $2, $3) ON CONFLICT (child_id, period) DO NOTHING`, childID, period, minor)
	return err
}
