// Package mysql is a stub of gorm.io/driver/mysql (signatures as in
// v1.5.7 mysql.go; bodies are stubs).
package mysql

import "gorm.io/gorm"

// Config is the dialector's configuration.
type Config struct {
	DriverName string
	DSN        string
}

// Dialector is GORM's MySQL dialector.
type Dialector struct {
	*Config
}

// Name answers the dialector's name.
func (dialector Dialector) Name() string { return "mysql" }

// Open returns a dialector for dsn.
func Open(dsn string) gorm.Dialector { return &Dialector{Config: &Config{DSN: dsn}} }

// New returns a dialector for config.
func New(config Config) gorm.Dialector { return &Dialector{Config: &config} }
