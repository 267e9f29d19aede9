package fleet

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/jmoiron/sqlx"

	"audit12/parking/domain"
)

// ErrNotSettled is returned when the bank rejected or returned a payment.
var ErrNotSettled = errors.New("fleet: payment not settled")

// Billing produces and collects monthly fleet statements.
type Billing struct {
	db   *sqlx.DB
	bank *BankClient
}

// NewBilling returns the billing service.
func NewBilling(db *sqlx.DB, bank *BankClient) *Billing { return &Billing{db: db, bank: bank} }

type statementRow struct {
	ID          string `db:"id"`
	CompanyID   string `db:"company_id"`
	DebtorIBAN  string `db:"debtor_iban"`
	AmountCents int64  `db:"amount_cents"`
	Period      string `db:"period"`
}

// CollectMonth submits one collection per open statement of a period.
func (b *Billing) CollectMonth(ctx context.Context, period string) error {
	var rows []statementRow
	if err := b.db.SelectContext(ctx, &rows, `SELECT id, company_id, debtor_iban, amount_cents, period
		FROM fleet_statements WHERE period = $1 AND status = 'open'`, period); err != nil {
		return err
	}
	var failed int
	for _, r := range rows {
		stmt := domain.FleetStatement{ID: r.ID, CompanyID: r.CompanyID, DebtorIBAN: r.DebtorIBAN,
			AmountCents: r.AmountCents, Period: r.Period}
		p, err := b.bank.SubmitCollection(ctx, &stmt)
		if err != nil {
			log.Printf("fleet: statement %s: %v", stmt.ID, err)
			failed++
			continue
		}
		b.db.MustExecContext(ctx, `UPDATE fleet_statements SET status = 'submitted', transfer_id = $2 WHERE id = $1`, stmt.ID, p.ID)
	}
	if failed > 0 {
		return fmt.Errorf("fleet: %d of %d collections failed", failed, len(rows))
	}
	return nil
}

// WaitSettled waits for a submitted instant payment to settle so the portal
// can unlock the company's account.
func (b *Billing) WaitSettled(ctx context.Context, stmtID, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second): // want "\\[pollinterval\\] payment status polled every 1s"
		}
		p, err := b.bank.GetPayment(ctx, paymentID)
		if err != nil {
			return err
		}
		switch p.Status {
		case "SETTLED":
			b.db.MustExecContext(ctx, `UPDATE fleet_statements SET status = 'paid' WHERE id = $1`, stmtID)
			return nil
		case "REJECTED", "RETURNED":
			return ErrNotSettled
		}
	}
}
