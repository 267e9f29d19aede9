// Package monthly runs the monthly payout of collected donations to each
// member charity.
package monthly

import (
	"context"
	"database/sql"
	"log"

	"audit6/donations/payouts/bankapi"
)

// Job pays every charity once a month.
type Job struct {
	db   *sql.DB
	bank *bankapi.Client
}

// NewJob wires the job.
func NewJob(db *sql.DB, bank *bankapi.Client) *Job { return &Job{db: db, bank: bank} }

type due struct {
	payoutID, account, quote, charity string
}

// Run pays each due payout once; a failed payout stays 'due' for the
// treasurer to look at.
func (j *Job) Run(ctx context.Context) error {
	rows, err := j.db.QueryContext(ctx,
		`SELECT id, bank_account, quote_id, charity_name FROM payouts WHERE status = 'due' AND period = date_trunc('month', now())`)
	if err != nil {
		return err
	}
	var list []due
	for rows.Next() {
		var d due
		if err := rows.Scan(&d.payoutID, &d.account, &d.quote, &d.charity); err != nil {
			rows.Close()
			return err
		}
		list = append(list, d)
	}
	rows.Close()
	for _, d := range list {
		tr, err := j.bank.CreateTransfer(ctx, bankapi.TransferRequest{
			TargetAccount: d.account, Quote: d.quote, CustomerTransactionID: d.payoutID, Reference: "Donations " + d.charity,
		})
		if err != nil {
			log.Printf("payout %s: %v", d.payoutID, err)
			continue
		}
		if err := j.bank.FundTransfer(ctx, tr.ID); err != nil {
			log.Printf("payout %s fund: %v", d.payoutID, err)
			continue
		}
		if _, err := j.db.ExecContext(ctx, `UPDATE payouts SET status = 'sent', transfer_id = $1 WHERE id = $2`, tr.ID, d.payoutID); err != nil {
			return err
		}
	}
	return nil
}
