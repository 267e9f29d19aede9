// Package pgxpool is a stub of github.com/jackc/pgx/v5/pgxpool (v5.13.0).
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5/pgconn"
)

// Pool is a pool of connections.
type Pool struct{}

func New(ctx context.Context, connString string) (*Pool, error) { panic("stub") }

func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
