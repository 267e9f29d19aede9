// Package sqlx is a stub of github.com/jmoiron/sqlx (v1.4.0): the types
// and Exec methods paylint's tests use, with their real signatures.
package sqlx

import (
	"context"
	"database/sql"
)

// DB wraps sql.DB.
type DB struct {
	*sql.DB
	driverName string
}

// Tx wraps sql.Tx.
type Tx struct {
	*sql.Tx
	driverName string
}

func Connect(driverName, dataSourceName string) (*DB, error) { panic("stub") }

func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { panic("stub") }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result       { panic("stub") }
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	panic("stub")
}
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { panic("stub") }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result       { panic("stub") }
