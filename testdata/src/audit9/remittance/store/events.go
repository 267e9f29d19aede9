package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"gorm.io/gorm"
)

// Events remembers which partner webhook events were already handled.
type Events struct {
	pool *pgxpool.Pool
}

// NewEvents returns an event store over pool.
func NewEvents(pool *pgxpool.Pool) *Events { return &Events{pool: pool} }

// RecordEvent stores the event id and reports whether it is new.
func (e *Events) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := e.pool.Exec(ctx,
		`INSERT INTO webhook_events (provider, event_id, received_at) VALUES ($1, $2, $3)
		 ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID, time.Now())
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// LedgerEntry is one movement of money on a customer's transfer.
type LedgerEntry struct {
	ID         uint `gorm:"primaryKey"`
	TransferID string
	Kind       string // funding, payout, fee, refund
	Currency   string
	Amount     int64
	ExternalID string
	CreatedAt  time.Time
}

// Ledger writes ledger entries.
type Ledger struct {
	db *gorm.DB
}

// NewLedger returns a ledger over db.
func NewLedger(db *gorm.DB) *Ledger { return &Ledger{db: db} }

// Post appends an entry.
func (l *Ledger) Post(ctx context.Context, e LedgerEntry) error {
	e.CreatedAt = time.Now()
	return l.db.WithContext(ctx).Create(&e).Error
}

// Outbox is the payout queue, kept in the same database as transfers.
type Outbox struct {
	pool *pgxpool.Pool
}

// NewOutbox returns a queue over pool.
func NewOutbox(pool *pgxpool.Pool) *Outbox { return &Outbox{pool: pool} }

// Enqueue records that the transfer should be paid out.
func (o *Outbox) Enqueue(ctx context.Context, transferID string) error {
	_, err := o.pool.Exec(ctx,
		`INSERT INTO payout_jobs (transfer_id, run_at) VALUES ($1, now())
		 ON CONFLICT (transfer_id) DO NOTHING`, transferID)
	return err
}

// Balances records deposits to our payout balances.
type Balances struct {
	pool *pgxpool.Pool
}

// NewBalances returns a deposit book over pool.
func NewBalances(pool *pgxpool.Pool) *Balances { return &Balances{pool: pool} }

// RecordDeposit stores a deposit once per partner reference.
func (b *Balances) RecordDeposit(ctx context.Context, currency string, amount float64, ref string) error {
	_, err := b.pool.Exec(ctx,
		`INSERT INTO balance_deposits (ref, currency, amount, received_at) VALUES ($1, $2, $3, now())
		 ON CONFLICT (ref) DO NOTHING`, ref, currency, amount)
	return err
}
