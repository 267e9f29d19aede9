// Package pgx is a stub of github.com/jackc/pgx/v5 (v5.13.0): Conn.Exec
// with its real signature.
package pgx

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
)

// Conn is a PostgreSQL connection.
type Conn struct{}

func Connect(ctx context.Context, connString string) (*Conn, error) { panic("stub") }

func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
