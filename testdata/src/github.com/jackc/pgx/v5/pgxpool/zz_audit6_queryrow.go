package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// QueryRow as in github.com/jackc/pgx/v5/pgxpool (pool.go).
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { panic("stub") }
