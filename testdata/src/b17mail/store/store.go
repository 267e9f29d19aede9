// Package store keeps a bakery's gift-card wallets and orders in Postgres.
package store

import (
	"context"
	"database/sql"
)

// Wallets credits top-ups.
type Wallets struct{ db *sql.DB }

// NewWallets returns the wallet store.
func NewWallets(db *sql.DB) *Wallets { return &Wallets{db: db} }

// TopUp credits the top-up once: only the delivery that moves it out of
// pending adds the amount.
func (w *Wallets) TopUp(ctx context.Context, topUpID string) error {
	res, err := w.db.ExecContext(ctx, `UPDATE top_ups SET status = 'completed' WHERE id = $1 AND status = 'pending'`, topUpID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	_, err = w.db.ExecContext(ctx,
		`UPDATE gift_cards SET balance = balance + (SELECT amount FROM top_ups WHERE id = $1) WHERE id = (SELECT card_id FROM top_ups WHERE id = $1)`,
		topUpID)
	return err
}

// Order is a stored order.
type Order struct {
	ID     string
	Email  string
	Status string
}

// Orders reads and marks orders.
type Orders struct{ db *sql.DB }

// NewOrders returns the order store.
func NewOrders(db *sql.DB) *Orders { return &Orders{db: db} }

// Find loads an order.
func (o *Orders) Find(ctx context.Context, id string) (Order, error) {
	var out Order
	err := o.db.QueryRowContext(ctx, `SELECT id, email, status FROM orders WHERE id = $1`, id).Scan(&out.ID, &out.Email, &out.Status)
	return out, err
}

// MarkPaid stores the paid state.
func (o *Orders) MarkPaid(ctx context.Context, id string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE id = $1`, id)
	return err
}
