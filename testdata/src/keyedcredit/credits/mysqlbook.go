package credits

import (
	"context"
	"database/sql"
	"errors"

	"github.com/go-sql-driver/mysql"
)

// MyBook writes the ledger with database/sql on MySQL.
type MyBook struct{ db *sql.DB }

// NewMyBook returns the MySQL ledger.
func NewMyBook(db *sql.DB) *MyBook { return &MyBook{db: db} }

// Grant: error 1062 (ER_DUP_ENTRY) is the earlier delivery's row.
func (b *MyBook) Grant(ctx context.Context, student, paymentRef string, lessons int) error {
	_, err := b.db.ExecContext(ctx, "INSERT INTO credit_entries (student_id, payment_ref, lessons) VALUES (?, ?, ?)", student, paymentRef, lessons)
	var dup *mysql.MySQLError
	if errors.As(err, &dup) && dup.Number == 1062 {
		return ErrAlreadyCredited
	}
	if err != nil {
		return err
	}
	_, err = b.db.ExecContext(ctx, "UPDATE student_balances SET lessons = lessons + ? WHERE student_id = ?", lessons, student)
	return err
}

// GrantAfterLookup tests 1062 on the lookup's error, not the insert's:
// the entry is added on every delivery.
func (b *MyBook) GrantAfterLookup(ctx context.Context, student, paymentRef string, lessons int) error {
	var n int
	err := b.db.QueryRowContext(ctx, "SELECT count(*) FROM students WHERE id = ?", student).Scan(&n)
	var dup *mysql.MySQLError
	if errors.As(err, &dup) && dup.Number == 1062 {
		return nil
	}
	_, err = b.db.ExecContext(ctx, "INSERT INTO credit_entries (student_id, lessons) VALUES (?, ?)", student, lessons)
	return err
}
