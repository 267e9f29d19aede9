package sqlx

import "context"

// Query helpers of sqlx v1.4.0 (sqlx_context.go) used by the audit3 mobile corpus.

func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}

func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
