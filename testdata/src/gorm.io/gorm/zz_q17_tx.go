package gorm

import (
	"database/sql"

	"gorm.io/gorm/clause"
)

// Transactions and clauses as in gorm.io/gorm v1.31.2
// (finisher_api.go, chainable_api.go).
func (db *DB) Begin(opts ...*sql.TxOptions) *DB            { return db }
func (db *DB) Commit() *DB                                 { return db }
func (db *DB) Rollback() *DB                               { return db }
func (db *DB) Clauses(conds ...clause.Expression) (tx *DB) { return db }
