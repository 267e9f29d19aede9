// Package lessons keeps a music school's prepaid lesson packs in sqlx.
package lessons

import (
	"context"
	"net/smtp"

	"github.com/jmoiron/sqlx"
)

// Book is the students table.
type Book struct{ db *sqlx.DB }

// New builds the book.
func New(db *sqlx.DB) *Book { return &Book{db: db} }

// AddLessons adds a pack's lessons in the statement.
func (b *Book) AddLessons(ctx context.Context, orderID string, n int) error {
	_, err := b.db.ExecContext(ctx, `UPDATE students SET lessons_left = lessons_left + $1 WHERE order_id = $2`, n, orderID)
	return err
}

// Status is the order's stored state.
func (b *Book) Status(ctx context.Context, orderID string) (string, error) {
	var st string
	err := b.db.GetContext(ctx, &st, `SELECT status FROM lesson_orders WHERE order_id = $1`, orderID)
	return st, err
}

// MarkPaid stores the paid state: the same on every call.
func (b *Book) MarkPaid(ctx context.Context, orderID string) error {
	_, err := b.db.ExecContext(ctx, `UPDATE lesson_orders SET status = 'paid' WHERE order_id = $1`, orderID)
	return err
}

// Archive keeps a copy of the order: the same on every call.
type Archive struct{ db *sqlx.DB }

// AddLessons on the archive only sets the pack's size.
func (a *Archive) AddLessons(ctx context.Context, orderID string, n int) error {
	_, err := a.db.ExecContext(ctx, `UPDATE lesson_archive SET pack_size = $1 WHERE order_id = $2`, n, orderID)
	return err
}

// Mailer sends receipts.
type Mailer struct{ addr string }

// SendReceipt mails the receipt.
func (m *Mailer) SendReceipt(ctx context.Context, orderID string) error {
	return smtp.SendMail(m.addr, nil, "school@example.com", []string{"parent@example.com"}, []byte(orderID))
}
