package sqlx

import "context"

// Beginx and Tx.GetContext as in github.com/jmoiron/sqlx v1.4.0
// (sqlx.go, sqlx_context.go).
func (db *DB) Beginx() (*Tx, error) { panic("stub") }

func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
