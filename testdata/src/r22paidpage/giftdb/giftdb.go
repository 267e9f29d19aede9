// Package giftdb keeps payments and gift-card orders in Postgres.
package giftdb

import "database/sql"

// Payment states, as seeded in payment_statuses.
const (
	PaymentPending = 1
	PaymentCleared = 2
)

// Payment is one card payment.
type Payment struct {
	Amount   int64
	Currency string
	Intent   string
	ChargeID string
	StatusID int
}

// Order is a gift-card order.
type Order struct {
	CardID    int
	PaymentID int
	StatusID  int
	Amount    int64
}

// DB wraps the connection.
type DB struct{ Conn *sql.DB }

// AddPayment books a payment and returns its id.
func (d DB) AddPayment(p Payment) (int, error) {
	var id int
	stmt := `INSERT INTO payments (amount, currency, intent, charge_id, payment_status_id)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`
	err := d.Conn.QueryRow(stmt, p.Amount, p.Currency, p.Intent, p.ChargeID, p.StatusID).Scan(&id)
	return id, err
}

// AddOrder books a gift-card order and returns its id.
func (d DB) AddOrder(o Order) (int, error) {
	var id int
	stmt := `INSERT INTO orders (card_id, payment_id, status_id, amount) VALUES ($1, $2, $3, $4) RETURNING id`
	err := d.Conn.QueryRow(stmt, o.CardID, o.PaymentID, o.StatusID, o.Amount).Scan(&id)
	return id, err
}

// AddPending books a payment the webhook has yet to clear.
func (d DB) AddPending(intent string, amount int64) (int, error) {
	var id int
	err := d.Conn.QueryRow(`INSERT INTO payments (intent, amount, status) VALUES ($1, $2, 'pending') RETURNING id`,
		intent, amount).Scan(&id)
	return id, err
}
