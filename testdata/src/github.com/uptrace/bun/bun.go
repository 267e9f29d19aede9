// Package bun is a stub of github.com/uptrace/bun (v1.3.0): the update
// and insert query builders with their real names and signatures,
// trivial bodies.
package bun

import (
	"context"
	"database/sql"
)

// DB is a database handle.
type DB struct{}

// UpdateQuery builds an UPDATE.
type UpdateQuery struct{}

// InsertQuery builds an INSERT.
type InsertQuery struct{}

// NewUpdate creates an UPDATE query builder.
func (db *DB) NewUpdate() *UpdateQuery { return &UpdateQuery{} }

// NewInsert creates an INSERT query builder.
func (db *DB) NewInsert() *InsertQuery { return &InsertQuery{} }

func (q *UpdateQuery) Model(model any) *UpdateQuery                                    { return q }
func (q *UpdateQuery) Table(tables ...string) *UpdateQuery                             { return q }
func (q *UpdateQuery) Column(columns ...string) *UpdateQuery                           { return q }
func (q *UpdateQuery) Set(query string, args ...any) *UpdateQuery                      { return q }
func (q *UpdateQuery) SetColumn(column string, query string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) Value(column string, query string, args ...any) *UpdateQuery     { return q }
func (q *UpdateQuery) WherePK(cols ...string) *UpdateQuery                             { return q }
func (q *UpdateQuery) Where(query string, args ...any) *UpdateQuery                    { return q }
func (q *UpdateQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	panic("stub")
}

func (q *InsertQuery) Model(model any) *InsertQuery                               { return q }
func (q *InsertQuery) Table(tables ...string) *InsertQuery                        { return q }
func (q *InsertQuery) Column(columns ...string) *InsertQuery                      { return q }
func (q *InsertQuery) Value(column string, expr string, args ...any) *InsertQuery { return q }
func (q *InsertQuery) On(s string, args ...any) *InsertQuery                      { return q }
func (q *InsertQuery) Ignore() *InsertQuery                                       { return q }
func (q *InsertQuery) Returning(query string, args ...any) *InsertQuery           { return q }
func (q *InsertQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	panic("stub")
}
