package store

import (
	"context"
	"database/sql"
)

// TaxAccount is a property's council-tax account.
type TaxAccount struct {
	ID            string
	Ref           string
	OverpaidCents int64
	RefundIBAN    string
	LastChargeID  string
}

// Bill is one instalment bill of a tax account.
type Bill struct {
	ID          string
	AccountID   string
	Ref         string
	AmountCents int64
	ChargeID    string
}

// LedgerEntry is a line of the city's receipts ledger.
type LedgerEntry struct {
	Account string
	Ref     string
	Cents   int64
	Source  string
}

// TaxStore works on the tax schema.
type TaxStore struct{ db *sql.DB }

func NewTaxStore(db *sql.DB) *TaxStore { return &TaxStore{db: db} }

func (s *TaxStore) Bill(ctx context.Context, id string) (Bill, error) {
	var b Bill
	err := s.db.QueryRowContext(ctx,
		`SELECT id, account_id, ref, amount_cents, coalesce(charge_id, '') FROM bills WHERE id = $1`, id).
		Scan(&b.ID, &b.AccountID, &b.Ref, &b.AmountCents, &b.ChargeID)
	return b, err
}

func (s *TaxStore) BillByCharge(ctx context.Context, chargeID string) (Bill, error) {
	var b Bill
	err := s.db.QueryRowContext(ctx,
		`SELECT id, account_id, ref, amount_cents, charge_id FROM bills WHERE charge_id = $1`, chargeID).
		Scan(&b.ID, &b.AccountID, &b.Ref, &b.AmountCents, &b.ChargeID)
	return b, err
}

func (s *TaxStore) SetCharge(ctx context.Context, billID, chargeID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bills SET charge_id = $2 WHERE id = $1`, billID, chargeID)
	return err
}

// MarkBillPaid records the bill as paid by the given provider payment.
func (s *TaxStore) MarkBillPaid(ctx context.Context, billID, paymentRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE bills SET status = 'paid', payment_ref = $2 WHERE id = $1`, billID, paymentRef)
	return err
}

func (s *TaxStore) MarkBillFailed(ctx context.Context, billID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bills SET status = 'failed' WHERE id = $1`, billID)
	return err
}

// AddPayment adds a received amount to the account's paid total.
func (s *TaxStore) AddPayment(ctx context.Context, accountID string, cents int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE tax_accounts SET paid_cents = paid_cents + $1 WHERE id = $2`, cents, accountID)
	return err
}

// PendingCharges lists bills whose instant charge was sent but never
// reported back.
func (s *TaxStore) PendingCharges(ctx context.Context) ([]Bill, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, account_id, ref, amount_cents, charge_id FROM bills
		 WHERE status = 'charging' AND charged_at < now() - interval '10 minutes'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Bill
	for rows.Next() {
		var b Bill
		if err := rows.Scan(&b.ID, &b.AccountID, &b.Ref, &b.AmountCents, &b.ChargeID); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// Overpaid lists accounts whose payments exceed the year's liability.
func (s *TaxStore) Overpaid(ctx context.Context) ([]TaxAccount, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, ref, paid_cents - due_cents, refund_iban, coalesce(last_charge_id, '')
		 FROM tax_accounts WHERE paid_cents > due_cents AND refund_iban IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []TaxAccount
	for rows.Next() {
		var a TaxAccount
		if err := rows.Scan(&a.ID, &a.Ref, &a.OverpaidCents, &a.RefundIBAN, &a.LastChargeID); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func (s *TaxStore) MarkRefunded(ctx context.Context, accountID string, cents int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE tax_accounts SET paid_cents = paid_cents - $1, refunded_cents = refunded_cents + $1 WHERE id = $2`,
		cents, accountID)
	return err
}

// Append writes a ledger line.
func (s *TaxStore) Append(ctx context.Context, e LedgerEntry) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (account, ref, cents, source) VALUES ($1, $2, $3, $4)`,
		e.Account, e.Ref, e.Cents, e.Source)
	return err
}

// RecordEvent stores a provider event id; it reports false when the
// event was already stored.
func (s *TaxStore) RecordEvent(ctx context.Context, provider, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO provider_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, provider, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
