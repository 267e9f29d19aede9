// Package gorm is a stub of gorm.io/gorm (v1.31.2): the DB methods that
// write rows, with their real signatures; bodies are trivial.
package gorm

import (
	"context"
	"database/sql"

	"gorm.io/gorm/clause"
)

// Config is GORM's configuration.
type Config struct{}

// Dialector is a database driver.
type Dialector interface {
	Name() string
}

// Option configures Open.
type Option interface{}

// DB is a GORM database handle (and a chain of statements).
type DB struct {
	*Config
	Error        error
	RowsAffected int64
}

func Open(dialector Dialector, opts ...Option) (db *DB, err error) { panic("stub") }

func Expr(expr string, args ...interface{}) clause.Expr {
	return clause.Expr{SQL: expr, Vars: args}
}

func (db *DB) WithContext(ctx context.Context) *DB                    { return db }
func (db *DB) Model(value interface{}) (tx *DB)                       { return db }
func (db *DB) Table(name string, args ...interface{}) (tx *DB)        { return db }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)  { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB)  { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB)   { return db }
func (db *DB) Create(value interface{}) (tx *DB)                      { return db }
func (db *DB) Save(value interface{}) (tx *DB)                        { return db }
func (db *DB) Update(column string, value interface{}) (tx *DB)       { return db }
func (db *DB) Updates(values interface{}) (tx *DB)                    { return db }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB) { return db }
func (db *DB) UpdateColumns(values interface{}) (tx *DB)              { return db }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB)        { return db }

func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) { return fc(db) }
