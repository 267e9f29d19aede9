// Package clause is a stub of gorm.io/gorm/clause (v1.31.2): only what
// paylint's tests use.
package clause

// Expr is a raw SQL expression with its variables.
type Expr struct {
	SQL                string
	Vars               []interface{}
	WithoutParentheses bool
}
