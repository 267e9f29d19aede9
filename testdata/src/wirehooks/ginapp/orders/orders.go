// Package orders is the order book.
package orders

import (
	"context"
	"database/sql"
)

type Book struct{ db *sql.DB }

func NewBook(db *sql.DB) *Book { return &Book{db: db} }

// Confirm marks the order paid.
func (b *Book) Confirm(ctx context.Context, reference string, cents int64) error {
	_, err := b.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_cents = $2 WHERE reference = $1`, reference, cents)
	return err
}
