// Package ledger keeps a music school's card transactions and lesson
// bookings in Postgres.
package ledger

import "database/sql"

// Transaction states, as seeded in transaction_statuses.
const (
	TransactionPending = 1
	TransactionCleared = 2
)

// Transaction is one card payment.
type Transaction struct {
	Amount        int64
	Currency      string
	PaymentIntent string
	ChargeID      string
	StatusID      int
}

// Booking is a block of lessons bought.
type Booking struct {
	StudentEmail  string
	Lessons       int
	TransactionID int64
}

// Ledger wraps the connection.
type Ledger struct{ db *sql.DB }

// New returns a Ledger on db.
func New(db *sql.DB) *Ledger { return &Ledger{db: db} }

// AddTransaction books a card transaction.
func (l *Ledger) AddTransaction(t Transaction) (int64, error) {
	query := "INSERT INTO transactions (amount, currency, payment_intent, charge_id, transaction_status_id) VALUES ($1, $2, $3, $4, $5)"
	res, err := l.db.Exec(query, t.Amount, t.Currency, t.PaymentIntent, t.ChargeID, t.StatusID)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// AddBooking books the lessons a transaction paid for.
func (l *Ledger) AddBooking(b Booking) error {
	query := "INSERT INTO bookings (student_email, lessons, transaction_id) VALUES ($1, $2, $3)"
	_, err := l.db.Exec(query, b.StudentEmail, b.Lessons, b.TransactionID)
	return err
}
