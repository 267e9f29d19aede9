package store

import (
	"context"
	"database/sql"
	"time"

	"audit23/wineclub/domain"
)

// Billing is the invoice, cellar fee and ledger store (plain SQL, lib/pq).
type Billing struct {
	db *sql.DB
}

func NewBilling(db *sql.DB) *Billing { return &Billing{db: db} }

func (s *Billing) DB() *sql.DB { return s.db }

// Due lists box invoices of one status whose next attempt is due.
func (s *Billing) Due(ctx context.Context, status domain.InvoiceStatus, limit int) ([]domain.BoxInvoice, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT id, member_id, quarter, amount_cents, currency, status, provider_ref, attempts
		  FROM box_invoices
		 WHERE status = $1 AND next_attempt_at <= now()
		 ORDER BY next_attempt_at
		 LIMIT $2`, string(status), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.BoxInvoice
	for rows.Next() {
		var inv domain.BoxInvoice
		var st string
		if err := rows.Scan(&inv.ID, &inv.MemberID, &inv.Quarter, &inv.Amount.Cents, &inv.Amount.Currency, &st, &inv.ProviderRef, &inv.Attempts); err != nil {
			return nil, err
		}
		inv.Status = domain.InvoiceStatus(st)
		out = append(out, inv)
	}
	return out, rows.Err()
}

func (s *Billing) Submitted(ctx context.Context, id, providerRef string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE box_invoices SET status = 'submitted', provider_ref = $2 WHERE id = $1`, id, providerRef)
	return err
}

func (s *Billing) Reschedule(ctx context.Context, id string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE box_invoices SET attempts = attempts + 1, next_attempt_at = $2 WHERE id = $1`, id, at)
	return err
}

func (s *Billing) SetInvoiceStatusByRef(ctx context.Context, providerRef string, st domain.InvoiceStatus) error {
	_, err := s.db.ExecContext(ctx, `UPDATE box_invoices SET status = $2 WHERE provider_ref = $1`, providerRef, string(st))
	return err
}

// CellarFee loads one storage fee.
func (s *Billing) CellarFee(ctx context.Context, id string) (*domain.CellarFee, error) {
	var f domain.CellarFee
	err := s.db.QueryRowContext(ctx, `SELECT id, member_id, period, amount_cents, currency, payment_id, status FROM cellar_fees WHERE id = $1`, id).
		Scan(&f.ID, &f.MemberID, &f.Period, &f.Amount.Cents, &f.Amount.Currency, &f.PaymentID, &f.Status)
	if err == sql.ErrNoRows {
		return nil, domain.ErrNotFound
	}
	return &f, err
}

func (s *Billing) SetCellarPayment(ctx context.Context, id, paymentID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE cellar_fees SET payment_id = $2 WHERE id = $1`, id, paymentID)
	return err
}

// SettleCellarFee records a storage fee as paid and extends the member's
// storage by one period.
func (s *Billing) SettleCellarFee(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `
		UPDATE cellar_fees
		   SET status = 'paid', paid_through = period_end
		 WHERE id = $1`, id)
	return err
}

// GrantCredit books member credit for returned bottles. The return id is
// unique, so a second grant for the same return is a no-op.
func (s *Billing) GrantCredit(ctx context.Context, c domain.Credit) (bool, error) {
	res, err := s.db.ExecContext(ctx, `
		INSERT INTO member_credits (id, member_id, return_id, cents, reason)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (return_id) DO NOTHING`, c.ID, c.MemberID, c.ReturnID, c.Cents, c.Reason)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	if n == 0 {
		return false, nil
	}
	_, err = s.db.ExecContext(ctx, `UPDATE members SET credit_cents = credit_cents + $2 WHERE id = $1`, c.MemberID, c.Cents)
	return true, err
}

// InvoiceByRef finds the invoice a provider payment belongs to.
func (s *Billing) InvoiceByRef(ctx context.Context, providerRef string) (*domain.BoxInvoice, error) {
	var inv domain.BoxInvoice
	var st string
	err := s.db.QueryRowContext(ctx, `
		SELECT id, member_id, quarter, amount_cents, currency, status, provider_ref, attempts
		  FROM box_invoices WHERE provider_ref = $1`, providerRef).
		Scan(&inv.ID, &inv.MemberID, &inv.Quarter, &inv.Amount.Cents, &inv.Amount.Currency, &st, &inv.ProviderRef, &inv.Attempts)
	if err == sql.ErrNoRows {
		return nil, domain.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	inv.Status = domain.InvoiceStatus(st)
	return &inv, nil
}
