// Package schema is a stub of github.com/uptrace/bun/schema (v1.2.5):
// the Dialect interface, trimmed to its first method.
package schema

import "database/sql"

// Dialect is a SQL dialect.
type Dialect interface {
	Init(db *sql.DB)
}
