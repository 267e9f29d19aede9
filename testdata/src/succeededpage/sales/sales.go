// Package sales stores a poster shop's payments and orders in MySQL,
// each statement kept in a local before it is sent.
package sales

import (
	"context"
	"database/sql"
	"time"
)

// Payment is one card payment as the shop records it.
type Payment struct {
	Amount          int
	Currency        string
	PaymentIntent   string
	ChargeID        string
	PaymentStatusID int // 1 pending, 2 cleared, 3 declined (payment_statuses)
}

// Order is one poster sold.
type Order struct {
	PosterID  int
	PaymentID int
	StatusID  int // 1 placed, 2 refunded, 3 cancelled (order_statuses)
	Quantity  int
	Amount    int
}

// Store is the shop's database.
type Store struct {
	DB *sql.DB
}

// InsertPayment records a payment and returns its id.
func (s *Store) InsertPayment(p Payment) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	stmt := `
		INSERT INTO payments (amount, currency, payment_intent, charge_id, payment_status_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`
	res, err := s.DB.ExecContext(ctx, stmt,
		p.Amount, p.Currency, p.PaymentIntent, p.ChargeID, p.PaymentStatusID, time.Now())
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	return int(id), err
}

// InsertOrder records an order and returns its id.
func (s *Store) InsertOrder(o Order) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	stmt := `
		INSERT INTO orders (poster_id, payment_id, status_id, quantity, amount, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`
	res, err := s.DB.ExecContext(ctx, stmt,
		o.PosterID, o.PaymentID, o.StatusID, o.Quantity, o.Amount, time.Now())
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	return int(id), err
}

// Payment states of the payments.status column the webhook moves on.
const (
	StatusPending = "pending"
	StatusPaid    = "paid"
)

// InsertPendingPayment records a payment the webhook has yet to confirm.
func (s *Store) InsertPendingPayment(ctx context.Context, intentID string, amount int) (int, error) {
	stmt := `INSERT INTO payments (payment_intent, amount, status) VALUES (?, ?, ?)`
	res, err := s.DB.ExecContext(ctx, stmt, intentID, amount, StatusPending)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	return int(id), err
}

// MarkPaid stores the payment paid once Stripe says so.
func (s *Store) MarkPaid(ctx context.Context, intentID string) error {
	stmt := `UPDATE payments SET status = ? WHERE payment_intent = ?`
	_, err := s.DB.ExecContext(ctx, stmt, StatusPaid, intentID)
	return err
}
