// Package dryapp binds the logging TopUps: nothing is repeated.
package dryapp

import (
	"log"

	"github.com/go-chi/chi/v5"

	"wirehooks/ports/hooks"
	"wirehooks/ports/topups"
)

func Router() chi.Router {
	r := chi.NewRouter()
	ledger := topups.NewDryRun(log.Default())
	hooks.Mount(r, ledger, []byte("secret"))
	return r
}
