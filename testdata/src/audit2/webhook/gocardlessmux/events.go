package gocardlessmux

import (
	"context"
	"log"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Billing applies GoCardless events to the customer accounts.
type Billing struct {
	pool *pgxpool.Pool
}

// Confirmed credits the account of a confirmed direct-debit payment.
func (b *Billing) Confirmed(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "confirmed" {
		return nil
	}
	ctx := context.Background()
	// balance = balance + amount on every delivery of the event (GoCardless webhook handler callback)
	_, err := b.pool.Exec(ctx, // want "\\[webhookdedupe\\] webhook handler credits the balance"
		`UPDATE accounts SET balance = balance + (SELECT amount FROM gc_payments WHERE id = $1) WHERE id = (SELECT account_id FROM gc_payments WHERE id = $1)`,
		e.Links.Payment)
	return err
}

// PaidOut records the event first; a repeat is skipped.
func (b *Billing) PaidOut(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "paid_out" {
		return nil
	}
	ctx := context.Background()
	tag, err := b.pool.Exec(ctx,
		`INSERT INTO processed_events (id, kind) VALUES ($1, 'gocardless') ON CONFLICT DO NOTHING`, e.Id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		log.Printf("gocardless: event %s already processed", e.Id)
		return nil
	}
	_, err = b.pool.Exec(ctx,
		`INSERT INTO ledger_entries (payment_id, kind) VALUES ($1, 'payout')`, e.Links.Payment)
	return err
}
