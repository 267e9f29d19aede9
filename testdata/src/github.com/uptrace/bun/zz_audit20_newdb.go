package bun

import (
	"database/sql"

	"github.com/uptrace/bun/schema"
)

// DBOption configures a DB (v1.2.5 db.go).
type DBOption func(db *DB)

// NewDB wraps a *sql.DB (v1.2.5 db.go).
func NewDB(sqldb *sql.DB, dialect schema.Dialect, opts ...DBOption) *DB { return &DB{} }
