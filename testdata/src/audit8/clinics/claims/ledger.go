// Package claims is the insurance-claims repository (Postgres, sqlx).
package claims

import (
	"context"

	"github.com/jmoiron/sqlx"

	"audit8/clinics/insurancebank"
)

type Ledger struct{ db *sqlx.DB }

func NewLedger(db *sqlx.DB) *Ledger { return &Ledger{db: db} }

// RecordClaimPayment books the payer's money as a claim payment row.
func (l *Ledger) RecordClaimPayment(ctx context.Context, evt insurancebank.CreditEvent) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO claim_payments (eft_trace, payer, amount, currency) VALUES ($1, $2, $3, $4)`,
		evt.TraceNo, evt.PayerName, evt.Amount, evt.Currency)
	return err
}

// RecordReturn books a returned EFT once per bank event.
func (l *Ledger) RecordReturn(ctx context.Context, evt insurancebank.CreditEvent) (bool, error) {
	res, err := l.db.ExecContext(ctx,
		`INSERT INTO claim_payment_returns (bank_event_id, eft_trace, amount) VALUES ($1, $2, $3)
		 ON CONFLICT (bank_event_id) DO NOTHING`, evt.ID, evt.TraceNo, -evt.Amount)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
