package gorm

// Raw SQL finished by Scan, as in gorm.io/gorm v1.31.1 (chainable_api.go,
// finisher_api.go).
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB) { return db }
func (db *DB) Scan(dest interface{}) (tx *DB)                 { return db }
