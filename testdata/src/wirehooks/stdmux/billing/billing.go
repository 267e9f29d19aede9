// Package billing settles Paddle transactions; it knows nothing of HTTP.
package billing

import (
	"context"
	"database/sql"
	"log"
)

// Transactions marks the invoice paid (once: only an open invoice moves)
// and grants the entitlement.
type Transactions struct {
	DB *sql.DB
}

func (t *Transactions) SettleTransaction(ctx context.Context, txnID, customerID string) error {
	res, err := t.DB.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE paddle_txn = $1 AND status = 'open'`, txnID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	_, err = t.DB.ExecContext(ctx, `INSERT INTO entitlements (customer_id, paddle_txn) VALUES ($1, $2)`, customerID, txnID)
	return err
}

// Audit only logs what it is told.
type Audit struct {
	Log *log.Logger
}

func (a Audit) SettleTransaction(ctx context.Context, txnID, customerID string) error {
	a.Log.Printf("paddle txn %s for %s", txnID, customerID)
	return nil
}
