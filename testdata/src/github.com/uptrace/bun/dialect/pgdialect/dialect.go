// Package pgdialect is a stub of github.com/uptrace/bun/dialect/pgdialect
// (v1.2.5): New with its real signature.
package pgdialect

import "database/sql"

// Dialect is the PostgreSQL dialect.
type Dialect struct{}

// New returns the PostgreSQL dialect.
func New() *Dialect { return &Dialect{} }

// Init is called when the DB is opened.
func (d *Dialect) Init(db *sql.DB) {}
