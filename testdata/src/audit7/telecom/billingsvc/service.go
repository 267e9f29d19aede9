// Package billingsvc owns invoices and prepaid balances (Postgres).
package billingsvc

import (
	"context"
	"database/sql"
	"errors"
)

type Service struct {
	db *sql.DB
}

func New(db *sql.DB) *Service { return &Service{db: db} }

// SettleInvoice is safe to call twice: only an unpaid invoice changes.
func (s *Service) SettleInvoice(ctx context.Context, invoiceID, pspRef string) (string, error) {
	var msisdn string
	err := s.db.QueryRowContext(ctx, `
		UPDATE invoices SET status = 'paid', psp_reference = $2, paid_at = now()
		WHERE id = $1 AND status <> 'paid'
		RETURNING msisdn`, invoiceID, pspRef).Scan(&msisdn)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return msisdn, err
}

func (s *Service) MarkDebitFailed(ctx context.Context, invoiceID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE invoices SET status = 'failed' WHERE id = $1 AND status <> 'paid'`, invoiceID)
	return err
}

// CreditTopUp adds purchased credit to the prepaid account and writes the
// ledger line the monthly statement prints.
func (s *Service) CreditTopUp(ctx context.Context, msisdn string, amountCts int64, ref string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx,
		`UPDATE prepaid_accounts SET balance = balance + $1 WHERE msisdn = $2`, amountCts, msisdn); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO prepaid_ledger (msisdn, amount_cents, reference, kind) VALUES ($1, $2, $3, 'topup')`,
		msisdn, amountCts, ref); err != nil {
		return err
	}
	return tx.Commit()
}

// SetPortState records the porting hub's progress for a number.
func (s *Service) SetPortState(ctx context.Context, portID, state string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE ports SET state = $2, updated_at = now() WHERE id = $1`, portID, state)
	return err
}
