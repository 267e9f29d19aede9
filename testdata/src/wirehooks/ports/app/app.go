// Package app binds the ledger to the top-up webhook.
package app

import (
	"database/sql"
	"os"

	"github.com/go-chi/chi/v5"

	"wirehooks/ports/hooks"
	"wirehooks/ports/topups"
)

func Router(db *sql.DB) chi.Router {
	r := chi.NewRouter()
	hooks.Mount(r, topups.NewLedger(db), []byte(os.Getenv("PSP_SECRET"))) // want `webhook handler .* \(hooks\.notifications\.topUp calls domain\.TopUps\.Settle \(hooks\.go:49\), bound here to topups\.ledger\.Settle`
	return r
}
