package bun

import "context"

// SelectQuery builds a SELECT (names and signatures as in
// github.com/uptrace/bun v1.2.5 db.go and query_select.go).
type SelectQuery struct{}

// NewSelect creates a SELECT query builder.
func (db *DB) NewSelect() *SelectQuery { return &SelectQuery{} }

func (q *SelectQuery) Model(model interface{}) *SelectQuery                 { return q }
func (q *SelectQuery) Where(query string, args ...interface{}) *SelectQuery { return q }
func (q *SelectQuery) Order(orders ...string) *SelectQuery                  { return q }
func (q *SelectQuery) Limit(n int) *SelectQuery                             { return q }
func (q *SelectQuery) Scan(ctx context.Context, dest ...interface{}) error  { return nil }
