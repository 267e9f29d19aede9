package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit10/escrow/domain"
)

// Events remembers which provider events were already handled.
type Events struct {
	pool *pgxpool.Pool
}

// NewEvents returns an event log on pool.
func NewEvents(pool *pgxpool.Pool) *Events { return &Events{pool: pool} }

// RecordEvent stores the event id; it returns false when the id was already there.
func (e *Events) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx,
		`INSERT INTO webhook_events (provider, event_id, received_at) VALUES ($1, $2, now())
		 ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// LedgerBook implements domain.Ledger.
type LedgerBook struct {
	pool *pgxpool.Pool
}

// NewLedger returns the ledger on pool.
func NewLedger(pool *pgxpool.Pool) *LedgerBook { return &LedgerBook{pool: pool} }

// Append adds one entry.
func (l *LedgerBook) Append(ctx context.Context, e domain.LedgerEntry) error {
	_, err := l.pool.Exec(ctx,
		`INSERT INTO ledger_entries (milestone_id, kind, amount_cents, currency, provider_ref)
		 VALUES ($1, $2, $3, $4, $5)`, e.MilestoneID, e.Kind, e.AmountCents, e.Currency, e.ProviderRef)
	return err
}

// Outbox queues work for the background mailer and document workers.
type Outbox struct {
	pool *pgxpool.Pool
}

// NewOutbox returns the outbox on pool.
func NewOutbox(pool *pgxpool.Pool) *Outbox { return &Outbox{pool: pool} }

// Enqueue stores a job to be picked up later.
func (o *Outbox) Enqueue(ctx context.Context, kind, ref string) error {
	_, err := o.pool.Exec(ctx, `INSERT INTO outbox (kind, ref, created_at) VALUES ($1, $2, now())`, kind, ref)
	return err
}
