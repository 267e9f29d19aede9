package directdebit

import (
	"context"
	"database/sql"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Events applies GoCardless payment events to invoices and account credit.
type Events struct{ db *sql.DB }

// Mount wires the SDK's verifying webhook handler.
func Mount(mux *http.ServeMux, secret string, db *sql.DB) error {
	ev := &Events{db: db}
	paid, err := gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(ev.PaidOut))
	if err != nil {
		return err
	}
	confirmed, err := gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(ev.Confirmed))
	if err != nil {
		return err
	}
	mux.Handle("POST /webhooks/gocardless/paid-out", paid)
	mux.Handle("POST /webhooks/gocardless/confirmed", confirmed)
	return nil
}

// PaidOut: an overpayment on a paid_out invoice is kept as account credit.
func (e *Events) PaidOut(ev gocardless.Event) error {
	if ev.Action != "paid_out" || ev.Links == nil {
		return nil
	}
	_, err := e.db.ExecContext(context.Background(), // want "\\[webhookdedupe\\] webhook handler credits the balance"
		`UPDATE accounts SET credit_balance = credit_balance + (SELECT overpaid FROM invoices WHERE gc_payment_id = $1)
		 WHERE id = (SELECT account_id FROM invoices WHERE gc_payment_id = $1)`, ev.Links.Payment)
	return err
}

// Confirmed marks the invoice paid: the same UPDATE on every delivery.
func (e *Events) Confirmed(ev gocardless.Event) error {
	if ev.Action != "confirmed" || ev.Links == nil {
		return nil
	}
	_, err := e.db.ExecContext(context.Background(),
		`UPDATE invoices SET status = 'paid', paid_at = now() WHERE gc_payment_id = $1 AND status <> 'paid'`, ev.Links.Payment)
	return err
}
