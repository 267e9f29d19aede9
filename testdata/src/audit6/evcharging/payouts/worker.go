// Package payouts pays each site host its monthly revenue share.
package payouts

import (
	"context"
	"database/sql"
	"log/slog"
	"time"

	"github.com/google/uuid"

	"audit6/evcharging/payouts/bank"
)

type Worker struct {
	db   *sql.DB
	bank *bank.Client
	log  *slog.Logger
}

func NewWorker(db *sql.DB, b *bank.Client, log *slog.Logger) *Worker {
	return &Worker{db: db, bank: b, log: log}
}

type pending struct {
	ID    string
	Host  string
	IBAN  string
	Cents int64
	Month string
}

// Run pays pending host payouts every hour; a failed payout stays pending
// and is picked up again on the next pass.
func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		w.pass(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (w *Worker) pass(ctx context.Context) {
	rows, err := w.db.QueryContext(ctx,
		`SELECT id, host_name, iban, amount_cents, month FROM host_payouts WHERE status = 'pending'`)
	if err != nil {
		w.log.Error("payouts: select", "err", err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var p pending
		if err := rows.Scan(&p.ID, &p.Host, &p.IBAN, &p.Cents, &p.Month); err != nil {
			return
		}
		res, err := w.bank.CreateTransferRetrying(ctx, bank.Transfer{ // want "\\[idempotency\\] bank.Client.CreateTransferRetrying .* re-selects pending rows .* made anew on every attempt"
			AmountCents: p.Cents, Currency: "EUR", CreditorName: p.Host,
			CreditorIBAN: p.IBAN, RemittanceRef: "EV revenue " + p.Month,
		}, uuid.NewString())
		if err != nil {
			w.log.Warn("payouts: transfer failed, will retry next pass", "payout", p.ID, "err", err)
			continue
		}
		_, _ = w.db.ExecContext(ctx, `UPDATE host_payouts SET status = 'sent', bank_ref = $1 WHERE id = $2`, res.ID, p.ID)
	}
}

// PayNow is the back-office button: the payout row id is the key.
func (w *Worker) PayNow(ctx context.Context, id string) error {
	var p pending
	err := w.db.QueryRowContext(ctx,
		`SELECT id, host_name, iban, amount_cents, month FROM host_payouts WHERE id = $1 AND status = 'pending'`, id).
		Scan(&p.ID, &p.Host, &p.IBAN, &p.Cents, &p.Month)
	if err != nil {
		return err
	}
	res, err := w.bank.CreateTransferUntilAccepted(ctx, bank.Transfer{
		AmountCents: p.Cents, Currency: "EUR", CreditorName: p.Host,
		CreditorIBAN: p.IBAN, RemittanceRef: "EV revenue " + p.Month,
	}, "host-payout-"+p.ID)
	if err != nil {
		return err
	}
	_, err = w.db.ExecContext(ctx, `UPDATE host_payouts SET status = 'sent', bank_ref = $1 WHERE id = $2`, res.ID, p.ID)
	return err
}
