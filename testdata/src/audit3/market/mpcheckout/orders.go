// Package mpcheckout is the Latin-American checkout: buyers pay through
// Mercado Pago Checkout Pro, then return to the marketplace.
package mpcheckout

import (
	"context"
	"database/sql"
)

// Orders is the buyer-order store.
type Orders struct{ db *sql.DB }

// MarkPaid records the payment and releases the goods to the seller for
// shipping.
func (o *Orders) MarkPaid(ctx context.Context, orderID string, mpPaymentID string) error {
	_, err := o.db.ExecContext(ctx,
		`UPDATE orders SET status = 'paid', mp_payment_id = $1, paid_at = now() WHERE id = $2`,
		mpPaymentID, orderID)
	return err
}

// Status returns the order's stored status (written by the webhook).
func (o *Orders) Status(ctx context.Context, orderID string) (string, error) {
	var s string
	err := o.db.QueryRowContext(ctx, `SELECT status FROM orders WHERE id = $1`, orderID).Scan(&s)
	return s, err
}

// CreditSeller adds the seller's share to their available balance.
func (o *Orders) CreditSeller(ctx context.Context, orderID string) error {
	_, err := o.db.ExecContext(ctx,
		`UPDATE seller_balances b SET available = available + o.seller_share
		   FROM orders o WHERE o.id = $1 AND b.seller_id = o.seller_id`, orderID)
	return err
}
