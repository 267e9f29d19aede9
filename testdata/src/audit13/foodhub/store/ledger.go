package store

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// Ledger books restaurant earnings for the nightly settlement.
type Ledger struct {
	db *sqlx.DB
}

// NewLedger returns a ledger store.
func NewLedger(db *sqlx.DB) *Ledger { return &Ledger{db: db} }

// CreditRestaurant books the restaurant's share of a paid order.
func (l *Ledger) CreditRestaurant(ctx context.Context, restaurantID, orderID string, amountMinor int64) error {
	_, err := l.db.NamedExecContext(ctx,
		`INSERT INTO restaurant_ledger (restaurant_id, order_id, amount_minor, kind)
		 VALUES (:restaurant_id, :order_id, :amount_minor, 'order')`,
		map[string]any{"restaurant_id": restaurantID, "order_id": orderID, "amount_minor": amountMinor})
	return err
}

// Events remembers which provider events were already handled.
type Events struct {
	db *sqlx.DB
}

// NewEvents returns an event store.
func NewEvents(db *sqlx.DB) *Events { return &Events{db: db} }

// RecordEvent stores the event id and reports whether it was new.
func (e *Events) RecordEvent(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := e.db.ExecContext(ctx,
		`INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
