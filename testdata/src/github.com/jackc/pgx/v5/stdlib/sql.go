// Package stdlib is a stub of github.com/jackc/pgx/v5/stdlib (v5.13.0):
// importing it registers the "pgx" database/sql driver.
package stdlib
