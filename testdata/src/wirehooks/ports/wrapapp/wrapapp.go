// Package wrapapp hands the ledger to MountWrapped, which stores what
// the wrapper makes of it: the field's value is not the parameter, not judged here.
package wrapapp

import (
	"database/sql"

	"github.com/go-chi/chi/v5"

	"wirehooks/ports/domain"
	"wirehooks/ports/hooks"
	"wirehooks/ports/topups"
)

func Router(db *sql.DB) chi.Router {
	r := chi.NewRouter()
	hooks.MountWrapped(r, topups.NewLedger(db), func(t domain.TopUps) domain.TopUps { return t }, []byte("secret"))
	return r
}
