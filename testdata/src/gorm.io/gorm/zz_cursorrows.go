package gorm

import "database/sql"

// Rows runs the statement and returns its rows (gorm finisher_api.go).
func (db *DB) Rows() (*sql.Rows, error) { panic("stub") }

// ScanRows scans one row into dest.
func (db *DB) ScanRows(rows *sql.Rows, dest interface{}) error { panic("stub") }
