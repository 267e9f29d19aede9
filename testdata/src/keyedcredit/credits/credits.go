// Package credits keeps a tutoring school's lesson credits: a ledger of
// credit entries, each carrying the provider's payment id under a unique
// index, and a balance per student.
package credits

import (
	"context"
	"database/sql"
	"errors"
	"log"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"gorm.io/gorm"
)

// ErrAlreadyCredited: the payment was credited by an earlier delivery.
var ErrAlreadyCredited = errors.New("payment already credited")

// Book writes the ledger with database/sql on SQLite.
type Book struct{ db *sql.DB }

// NewBook returns the SQLite ledger.
func NewBook(db *sql.DB) *Book { return &Book{db: db} }

// alreadyStored: SQLite's answer to a second row with the same payment id.
func alreadyStored(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}

// Grant inserts the entry; a redelivery fails on payment_ref's unique
// index and leaves before the balance moves.
func (b *Book) Grant(ctx context.Context, student, paymentRef string, lessons int) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO credit_entries (student_id, payment_ref, lessons) VALUES (?, ?, ?)`, student, paymentRef, lessons)
	if err != nil {
		if alreadyStored(err) {
			return ErrAlreadyCredited
		}
		return err
	}
	_, err = b.db.ExecContext(ctx, `UPDATE student_balances SET lessons = lessons + ? WHERE student_id = ?`, lessons, student)
	return err
}

// GrantLogged inserts the entry but only logs its failure: the balance
// moves on every delivery.
func (b *Book) GrantLogged(ctx context.Context, student, paymentRef string, lessons int) error {
	if _, err := b.db.ExecContext(ctx, `INSERT INTO credit_entries (student_id, payment_ref, lessons) VALUES (?, ?, ?)`, student, paymentRef, lessons); err != nil {
		log.Printf("credit entry %s: %v", paymentRef, err)
	}
	_, err := b.db.ExecContext(ctx, `UPDATE student_balances SET lessons = lessons + ? WHERE student_id = ?`, lessons, student)
	return err
}

// GrantAudited answers a duplicate of the audit row, not of the credit:
// the credit entry is added again on every delivery.
func (b *Book) GrantAudited(ctx context.Context, student, paymentRef string, lessons int) error {
	if _, err := b.db.ExecContext(ctx, `INSERT INTO credit_entries (student_id, lessons) VALUES (?, ?)`, student, lessons); err != nil {
		return err
	}
	if _, err := b.db.ExecContext(ctx, `INSERT INTO audit_log (subject, note) VALUES (?, ?)`, student, paymentRef); err != nil {
		if alreadyStored(err) {
			return nil
		}
		return err
	}
	return nil
}

// GrantUnkeyed inserts an entry no key makes unique and tests nothing.
func (b *Book) GrantUnkeyed(ctx context.Context, student string, lessons int) {
	b.db.ExecContext(ctx, `INSERT INTO credit_entries (student_id, lessons) VALUES (?, ?)`, student, lessons)
}

// PgBook writes the ledger with pgx on PostgreSQL.
type PgBook struct{ pool *pgxpool.Pool }

// NewPgBook returns the PostgreSQL ledger.
func NewPgBook(pool *pgxpool.Pool) *PgBook { return &PgBook{pool: pool} }

// Grant: a unique violation (SQLSTATE 23505) is the earlier delivery's row.
func (b *PgBook) Grant(ctx context.Context, student, paymentRef string, lessons int) error {
	if _, err := b.pool.Exec(ctx, `INSERT INTO credit_entries (student_id, payment_ref, lessons) VALUES ($1, $2, $3)`, student, paymentRef, lessons); err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return nil
		}
		return err
	}
	_, err := b.pool.Exec(ctx, `UPDATE student_balances SET lessons = lessons + $1 WHERE student_id = $2`, lessons, student)
	return err
}

// CreditEntry is a ledger row; PaymentRef is unique.
type CreditEntry struct {
	StudentID  string
	PaymentRef string `gorm:"uniqueIndex"`
	Lessons    int
}

// StudentBalance is the student's lesson count.
type StudentBalance struct {
	StudentID string
	Lessons   int
}

// OrmBook writes the ledger with gorm (TranslateError on).
type OrmBook struct{ db *gorm.DB }

// NewOrmBook returns the gorm ledger.
func NewOrmBook(db *gorm.DB) *OrmBook { return &OrmBook{db: db} }

// Grant: gorm's ErrDuplicatedKey is the earlier delivery's row.
func (b *OrmBook) Grant(ctx context.Context, student, paymentRef string, lessons int) error {
	err := b.db.WithContext(ctx).Create(&CreditEntry{StudentID: student, PaymentRef: paymentRef, Lessons: lessons}).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return nil
	}
	if err != nil {
		return err
	}
	return b.db.WithContext(ctx).Model(&StudentBalance{}).Where("student_id = ?", student).
		UpdateColumn("lessons", gorm.Expr("lessons + ?", lessons)).Error
}
