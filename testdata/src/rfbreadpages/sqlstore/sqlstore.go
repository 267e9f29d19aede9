// Package sqlstore keeps accounts and orders in Postgres (database/sql).
package sqlstore

import (
	"context"
	"database/sql"
)

type Ledger struct{ db *sql.DB }

func NewLedger(db *sql.DB) *Ledger { return &Ledger{db: db} }

// AddCredits credits the account's balance.
func (l *Ledger) AddCredits(ctx context.Context, account string, n int64) error {
	_, err := l.db.ExecContext(ctx, `UPDATE accounts SET balance = balance + $1 WHERE id = $2`, n, account)
	return err
}

type Orders struct{ db *sql.DB }

func NewOrders(db *sql.DB) *Orders { return &Orders{db: db} }

// Settle marks the order paid; false when it already was.
func (o *Orders) Settle(ctx context.Context, ref string) (bool, error) {
	res, err := o.db.ExecContext(ctx, `UPDATE orders SET status = 'paid' WHERE ref = $1 AND status <> 'paid'`, ref)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

func (o *Orders) Settled(ref string) bool {
	var st string
	_ = o.db.QueryRow(`SELECT status FROM orders WHERE ref = $1`, ref).Scan(&st)
	return st == "paid"
}

// Drafts only records an order as waiting for its payment.
type Drafts struct{ db *sql.DB }

func (d *Drafts) AddCredits(ctx context.Context, account string, n int64) error {
	_, err := d.db.ExecContext(ctx, `UPDATE credit_requests SET status = 'pending' WHERE account_id = $1`, account)
	return err
}

func (d *Drafts) Settle(ctx context.Context, ref string) (bool, error) {
	_, err := d.db.ExecContext(ctx, `UPDATE orders SET status = 'pending' WHERE ref = $1`, ref)
	return err == nil, err
}

func (d *Drafts) Settled(ref string) bool { return false }
