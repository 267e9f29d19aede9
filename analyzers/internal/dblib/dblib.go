// Package dblib names the database libraries the payment model reads, as
// data: which import paths are one library under two names.
package dblib

// GORM's two import paths. v1 (github.com/jinzhu/gorm, still common in
// older shops) and v2 (gorm.io/gorm) share the chain API the model
// reads: *DB with Model, Table, Where, Update(column, value), Updates,
// UpdateColumn(s), Save, Create, Exec, Raw, Transaction, and the
// package-level Expr.
const (
	GORMv2 = "gorm.io/gorm"
	GORMv1 = "github.com/jinzhu/gorm"
)

// IsGORM reports whether path is GORM's package, under either name.
func IsGORM(path string) bool {
	return path == GORMv2 || path == GORMv1
}
