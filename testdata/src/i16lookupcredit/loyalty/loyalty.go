// Package loyalty keeps customers' loyalty balances (database/sql). It
// does not import the webhook package: main binds it.
package loyalty

import (
	"context"
	"database/sql"
)

// Ledger adds points per paid order.
type Ledger struct{ db *sql.DB }

// NewLedger returns the points ledger.
func NewLedger(db *sql.DB) *Ledger { return &Ledger{db: db} }

// Grant adds a paid order's points to the customer's balance.
func (l *Ledger) Grant(ctx context.Context, customerID string) error {
	_, err := l.db.ExecContext(ctx, `UPDATE customers SET loyalty_points = loyalty_points + 100 WHERE id = $1`, customerID)
	return err
}

// Capped sets a flat welcome balance: the same on every call.
type Capped struct{ db *sql.DB }

// NewCapped returns the flat balance.
func NewCapped(db *sql.DB) *Capped { return &Capped{db: db} }

// Grant sets the customer's balance to the welcome amount.
func (c *Capped) Grant(ctx context.Context, customerID string) error {
	_, err := c.db.ExecContext(ctx, `UPDATE customers SET loyalty_points = 100 WHERE id = $1`, customerID)
	return err
}

// Tiers moves customers between tiers.
type Tiers struct{ db *sql.DB }

// NewTiers returns the tier store.
func NewTiers(db *sql.DB) *Tiers { return &Tiers{db: db} }

// Promote puts the customer on the gold tier.
func (t *Tiers) Promote(ctx context.Context, customerID string) error {
	_, err := t.db.ExecContext(ctx, `UPDATE customers SET tier = 'gold' WHERE id = $1`, customerID)
	return err
}
