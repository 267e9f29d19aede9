// Package shophttp: a small shop's net/http handlers, written as
// func(w, r) error and mounted through the package's own adapter, which
// turns a returned error into a 400. Its Stripe webhooks mark the order
// paid and mail the buyer; main mounts them (cmd/sockshop).
package shophttp

import (
	"database/sql"
	"fmt"
	"net/http"
)

// ErrorHandlerFunc is a handler that returns its failure.
type ErrorHandlerFunc func(w http.ResponseWriter, r *http.Request) error

// ErrorCatchHandler serves fn, answering 400 with its error.
func ErrorCatchHandler(fn ErrorHandlerFunc) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			fmt.Println(err)
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	}
}

// DB is the shop's database.
var DB *sql.DB
