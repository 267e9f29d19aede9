package sqlx

import "database/sql"

// Rows wraps sql.Rows with struct scanning.
type Rows struct {
	*sql.Rows
}

// StructScan scans the current row into dest.
func (r *Rows) StructScan(dest interface{}) error { panic("stub") }

// Queryx queries the database and returns *sqlx.Rows.
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error) { panic("stub") }
