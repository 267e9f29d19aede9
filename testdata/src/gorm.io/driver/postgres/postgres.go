// Package postgres is a stub of gorm.io/driver/postgres (Open as in v1.5.9;
// the dialector is trimmed to what the gorm stub's Dialector asks for).
package postgres

import "gorm.io/gorm"

type Config struct {
	DriverName string
	DSN        string
}

type Dialector struct {
	*Config
}

func (dialector Dialector) Name() string { return "postgres" }

func Open(dsn string) gorm.Dialector {
	return &Dialector{&Config{DSN: dsn}}
}

func New(config Config) gorm.Dialector {
	return &Dialector{Config: &config}
}
