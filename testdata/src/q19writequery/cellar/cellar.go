// Package cellar is a wine club's store. Its writes read back what they
// changed, so most go through a query method, and their text is kept in
// locals, package variables or a struct of statements.
package cellar

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

// Store holds the club's databases.
type Store struct {
	pool *pgxpool.Pool
	db   *sqlx.DB
	sdb  *sql.DB
	gdb  *gorm.DB
	q    statements
	tx   DBTX
}

// statements are the texts the store sends, set once.
type statements struct {
	bookCredit string
	logEvent   string
}

// DBTX is what a generated query layer sends through.
type DBTX interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}

// New builds the store.
func New(pool *pgxpool.Pool, db *sqlx.DB, sdb *sql.DB, gdb *gorm.DB, tx DBTX) *Store {
	return &Store{pool: pool, db: db, sdb: sdb, gdb: gdb, tx: tx, q: statements{
		bookCredit: `INSERT INTO ledger_entries (member_id, amount, kind) VALUES ($1, $2, 'credit') RETURNING id`,
		logEvent:   `INSERT INTO webhook_log (id, body) VALUES ($1, $2) RETURNING id`,
	}}
}

var topUpSQL = `UPDATE members SET wallet_balance = wallet_balance + $1 WHERE id = $2 RETURNING wallet_balance`

const allocateCase = `-- name: AllocateCase :one
UPDATE vintages SET cases_in_stock = cases_in_stock - $1 WHERE sku = $2 RETURNING cases_in_stock`

// --- writes repeated on every call ---

// TakeBottles lowers the bottles in stock (pgx, text in a local).
func (s *Store) TakeBottles(ctx context.Context, sku string, n int) error {
	stmt := "UPDATE wines SET stock = stock - $1 WHERE sku = $2 RETURNING stock"
	var left int
	return s.pool.QueryRow(ctx, stmt, n, sku).Scan(&left)
}

// BookCredit inserts a ledger row (sqlx Get, text in a field set once).
func (s *Store) BookCredit(ctx context.Context, member string, amount int64) (int64, error) {
	var id int64
	err := s.db.GetContext(ctx, &id, s.q.bookCredit, member, amount)
	return id, err
}

// TopUp adds to the member's wallet (database/sql, package variable).
func (s *Store) TopUp(ctx context.Context, member string, amount int64) error {
	var bal int64
	return s.sdb.QueryRowContext(ctx, topUpSQL, amount, member).Scan(&bal)
}

// AllocateCase takes a case out of stock through the generated layer.
func (s *Store) AllocateCase(ctx context.Context, sku string) error {
	var left int
	return s.tx.QueryRowContext(ctx, allocateCase, 1, sku).Scan(&left)
}

// ReserveTasting takes tasting seats away (GORM Raw finished by Scan).
func (s *Store) ReserveTasting(ctx context.Context, tasting string, n int) error {
	var left int
	return s.gdb.Raw("UPDATE tastings SET seats_left = seats_left - ? WHERE id = ? RETURNING seats_left", n, tasting).Scan(&left).Error
}

// --- reads, upserts, values set: the same on every call ---

// BottlesLeft reads the stock.
func (s *Store) BottlesLeft(ctx context.Context, sku string) (int, error) {
	stmt := "SELECT stock FROM wines WHERE sku = $1"
	var left int
	err := s.pool.QueryRow(ctx, stmt, sku).Scan(&left)
	return left, err
}

// SetStock sets the stock to a counted value.
func (s *Store) SetStock(ctx context.Context, sku string, n int) error {
	stmt := "UPDATE wines SET stock = $1 WHERE sku = $2 RETURNING stock"
	var left int
	return s.pool.QueryRow(ctx, stmt, n, sku).Scan(&left)
}

// LogEvent keeps the raw event under a new id: a log, not an effect.
func (s *Store) LogEvent(ctx context.Context, id, body string) error {
	var out string
	return s.db.GetContext(ctx, &out, s.q.logEvent, id, body)
}

// ClaimEvent records the event id once; sql.ErrNoRows on a repeat.
func (s *Store) ClaimEvent(ctx context.Context, eventID string) (string, error) {
	stmt := `INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING event_id`
	var id string
	err := s.sdb.QueryRowContext(ctx, stmt, eventID).Scan(&id)
	return id, err
}

// MarkShipped moves a paid order on once; sql.ErrNoRows when it was
// already shipped.
func (s *Store) MarkShipped(ctx context.Context, orderID string) error {
	stmt := `UPDATE orders SET status = 'shipped' WHERE id = $1 AND status <> 'shipped' RETURNING id`
	var id string
	return s.sdb.QueryRowContext(ctx, stmt, orderID).Scan(&id)
}

// BuiltTake sends a text built at run time: not read.
func (s *Store) BuiltTake(ctx context.Context, table, sku string) error {
	stmt := "UPDATE " + table + " SET stock = stock - 1 WHERE sku = $1 RETURNING stock"
	var left int
	return s.pool.QueryRow(ctx, stmt, sku).Scan(&left)
}
