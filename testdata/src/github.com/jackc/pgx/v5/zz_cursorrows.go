package pgx

import "context"

// Rows is the result set of Conn.Query (github.com/jackc/pgx/v5 rows.go).
type Rows interface {
	Close()
	Err() error
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
}

// Query sends a query and returns its rows.
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { panic("stub") }
